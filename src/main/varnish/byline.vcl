# Varnish 7.1 in front of Byline (README "Behind a CDN"). Needs the xkey module (Debian:
# varnish-modules). Run, e.g.:
#   BYLINE_PURGE_SECRET=some-long-secret varnishd -a :6081 -f /path/to/byline.vcl -s malloc,256m
# and start the app with byline.cdn.purge-urls=http://127.0.0.1:6081/ and
# byline.cdn.purge-secret=some-long-secret.
#
# What it does:
# - caches anonymous GET/HEAD answers the app marks public (Cache-Control: public and a
#   Surrogate-Key), for as long as their Cache-Control says; everything else goes to the app;
# - passes requests with Authorization (editors: answers are private) or a Cookie;
# - tags each cached answer with its Surrogate-Key keys (xkey), so the app's purger can drop
#   exactly what a write changed: PURGE with the keys, space-separated, in "xkey-purge";
# - takes PURGE only from the addresses in "purgers" and, when BYLINE_PURGE_SECRET is set in
#   varnishd's environment, only with that secret in X-Purge-Secret;
# - keeps ETag/304 working: a client's If-None-Match is answered 304 from the cache, and an
#   expired copy is revalidated with the app by its ETag (a cheap 304) instead of fetched again;
# - says X-Cache: HIT, MISS or PASS (and Age) on every answer.
vcl 4.1;

import std;
import xkey;

# The app. Change host and port to where it listens.
backend default {
    .host = "127.0.0.1";
    .port = "8080";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

# Who may purge: the app's instances. Add their addresses when they run elsewhere.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (std.getenv("BYLINE_PURGE_SECRET") && req.http.X-Purge-Secret != std.getenv("BYLINE_PURGE_SECRET")) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "No xkey-purge header"));
        }
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-purged));
    }
    # The secret never travels on.
    unset req.http.X-Purge-Secret;
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie) {
        return (pass);
    }
    return (hash);
}

sub vcl_hit {
    set req.http.x-cache = "HIT";
}

sub vcl_miss {
    set req.http.x-cache = "MISS";
}

sub vcl_pass {
    set req.http.x-cache = "PASS";
}

sub vcl_backend_response {
    # Only what the app says any reader may share, and knows how to purge: errors, private and
    # no-cache answers (a reader's own comment) are fetched every time. No default TTL for the
    # rest, so a 404 is never kept after the item appears.
    if (bereq.uncacheable || beresp.http.Set-Cookie || !beresp.http.Surrogate-Key
            || beresp.http.Cache-Control !~ "(?i)\bpublic\b"
            || beresp.http.Cache-Control ~ "(?i)no-cache|no-store|private"
            || (beresp.status != 200 && beresp.status != 301)) {
        set beresp.uncacheable = true;
        set beresp.ttl = 30s;
        return (deliver);
    }
    # TTL comes from max-age, grace from stale-while-revalidate (Varnish reads both). Keep the
    # copy a while longer to revalidate it by its ETag rather than fetch it again.
    set beresp.http.xkey = beresp.http.Surrogate-Key;
    set beresp.keep = 1h;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.xkey;
    set resp.http.X-Cache = req.http.x-cache;
    unset req.http.x-cache;
}

sub vcl_synth {
    set resp.http.X-Cache = "SYNTH";
}

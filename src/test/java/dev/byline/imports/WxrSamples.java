package dev.byline.imports;

/** Small WordPress exports made up for a test, each for a site of its own. */
final class WxrSamples {

    private WxrSamples() {
    }

    static String header(String site) {
        return """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><title>Made up</title><wp:wxr_version>1.2</wp:wxr_version>
                <wp:base_site_url>%s</wp:base_site_url>
                <wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[%s]]></wp:author_login>
                <wp:author_display_name><![CDATA[Made Up]]></wp:author_display_name></wp:author>
                """.formatted(site, login(site));
    }

    static String login(String site) {
        return "writer-" + Integer.toHexString(site.hashCode());
    }

    static String post(String site, int id, String status) {
        return """
                <item><title><![CDATA[Made up post %d of %s]]></title>
                <link>%s/2025/01/made-up-%d/</link>
                <dc:creator><![CDATA[%s]]></dc:creator>
                <content:encoded><![CDATA[First paragraph of %d.

                Second paragraph.]]></content:encoded>
                <wp:post_id>%d</wp:post_id><wp:post_date_gmt><![CDATA[2025-01-02 03:04:05]]></wp:post_date_gmt>
                <wp:post_name><![CDATA[made-up-%d-%s]]></wp:post_name><wp:status><![CDATA[%s]]></wp:status>
                <wp:post_type><![CDATA[post]]></wp:post_type>
                <wp:comment><wp:comment_id>%d</wp:comment_id><wp:comment_author><![CDATA[Reader]]></wp:comment_author>
                <wp:comment_author_email><![CDATA[reader@example.com]]></wp:comment_author_email>
                <wp:comment_date_gmt><![CDATA[2025-01-03 00:00:00]]></wp:comment_date_gmt>
                <wp:comment_content><![CDATA[Nice one]]></wp:comment_content>
                <wp:comment_approved><![CDATA[1]]></wp:comment_approved><wp:comment_parent>0</wp:comment_parent>
                </wp:comment></item>
                """.formatted(id, site, site, id, login(site), id, id, id, Integer.toHexString(site.hashCode()), status,
                id);
    }

    static String footer() {
        return "</channel></rss>\n";
    }

    static String posts(String site, int count) {
        StringBuilder wxr = new StringBuilder(header(site));
        for (int i = 1; i <= count; i++) {
            wxr.append(post(site, i, "publish"));
        }
        return wxr.append(footer()).toString();
    }
}

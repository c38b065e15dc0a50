// The Byline starter site: one page shell whose script reads the public JSON API and renders
// the home page, a section, a tag, an author, or one article or post. No server-side
// templates and no token: what this file can show, any frontend can.
"use strict";

const API = "/api/v1";
const SITE = "/site";
const COLLECTIONS = { article: "articles", post: "posts" };

// ---- talking to the API ---------------------------------------------------------------

class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || "HTTP " + status);
    this.status = status;
    this.problem = problem;
  }
}

async function api(path, options) {
  const response = await fetch(API + path, Object.assign({ headers: { Accept: "application/json" } }, options));
  const type = response.headers.get("Content-Type") || "";
  const body = type.includes("json") ? await response.json() : null;
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return { body, response };
}

async function get(path) {
  return (await api(path)).body;
}

// ---- small DOM helpers ------------------------------------------------------------------

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") node.textContent = value;
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child);
  }
  return node;
}

// Server-sanitized HTML (item bodies, comment bodies) only; everything else goes in as text.
function sanitizedHtml(tag, className, html) {
  const node = el(tag, { class: className });
  node.innerHTML = html;
  return node;
}

function sitePath(kind, slug) {
  const collection = COLLECTIONS[kind] || kind;
  return SITE + "/" + collection + "/" + encodeURIComponent(slug);
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });

function formatDate(iso) {
  return dateFormat.format(new Date(iso));
}

// "just now", "1 min ago", "14 mins ago", "3 hours ago", "2 days ago", then the date.
function ago(iso) {
  const seconds = Math.round((Date.now() - Date.parse(iso)) / 1000);
  if (seconds < 60) return "just now";
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return minutes + (minutes === 1 ? " min ago" : " mins ago");
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return hours + (hours === 1 ? " hour ago" : " hours ago");
  const days = Math.floor(hours / 24);
  if (days < 30) return days + (days === 1 ? " day ago" : " days ago");
  return formatDate(iso);
}

function relativeTime(iso, className) {
  return el("time", { class: className, datetime: iso, "data-relative": "", title: formatDate(iso), text: ago(iso) });
}

// Keeps every "N mins ago" true while the page stays open.
setInterval(() => {
  document.querySelectorAll("time[data-relative]").forEach((node) => {
    node.textContent = ago(node.getAttribute("datetime"));
  });
}, 30000);

const main = () => document.getElementById("main");

function show(...nodes) {
  main().replaceChildren(...nodes);
}

function notFound(message) {
  document.title = "Not found · Byline";
  show(el("h1", { class: "page-title", text: "Not found" }), el("p", { text: message }));
}

// ---- shared parts: section navigation, the Recent Posts sidebar ---------------------------

async function renderSections() {
  const nav = document.getElementById("sections");
  const page = await get("/sections?size=100");
  nav.replaceChildren(...page.data.filter((section) => section.parentId === null).map((section) =>
    el("a", { href: SITE + "/sections/" + encodeURIComponent(section.slug), text: section.name })));
}

function renderRecent(entries) {
  const list = document.getElementById("recent");
  list.replaceChildren(...entries.map((entry) => el("li", { class: "recent-item" },
    entry.section ? el("a", { class: "kicker", href: SITE + "/sections/" + encodeURIComponent(entry.section.slug),
      text: entry.section.name }) : null,
    el("a", { class: "title", href: sitePath(entry.type, entry.slug), text: entry.title }),
    el("p", { class: "excerpt", text: entry.excerpt }),
    relativeTime(entry.publishedAt, "age"))));
}

async function loadRecent() {
  renderRecent((await get("/recent?limit=6")).data);
}

// ---- lists of items (home, section, tag, author) -------------------------------------------

function teaser(item) {
  return el("li", { class: "teaser" },
    item.section ? el("a", { class: "kicker", href: SITE + "/sections/" + encodeURIComponent(item.section.slug),
      text: item.section.name }) : null,
    el("h2", {}, el("a", { href: sitePath(item.type, item.slug), text: item.title })),
    el("p", { class: "excerpt", text: item.excerpt }),
    relativeTime(item.publishedAt, "age"));
}

function newestFirst(...lists) {
  return lists.flat().sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
}

async function renderHome() {
  document.title = "Byline";
  const items = (await get("/recent?limit=20")).data;
  show(el("h1", { class: "page-title", text: "Latest" }),
    items.length ? el("ul", { class: "teasers" }, ...items.map(teaser)) : el("p", { text: "Nothing published yet." }));
}

// A listing page: a heading, an optional description, and the newest articles and posts matching the filter.
async function renderListing(title, description, filter) {
  document.title = title + " · Byline";
  const [articles, posts] = await Promise.all([get("/articles?size=20&" + filter), get("/posts?size=20&" + filter)]);
  const items = newestFirst(articles.data, posts.data).slice(0, 20);
  show(el("h1", { class: "page-title", text: title }),
    description ? el("p", { class: "author-bio", text: description }) : null,
    items.length ? el("ul", { class: "teasers" }, ...items.map(teaser)) : el("p", { text: "Nothing published here yet." }));
}

async function renderSection(slug) {
  const section = await get("/sections/slug/" + encodeURIComponent(slug));
  await renderListing(section.name, section.description, "section=" + encodeURIComponent(section.slug));
}

async function renderTag(slug) {
  const tag = await get("/tags/slug/" + encodeURIComponent(slug));
  await renderListing(tag.name, tag.description, "tag=" + encodeURIComponent(tag.slug));
}

async function renderAuthor(slug) {
  const author = await get("/authors/slug/" + encodeURIComponent(slug));
  await renderListing(author.name, author.bio, "author=" + encodeURIComponent(author.slug));
}

// ---- one article or post ------------------------------------------------------------------------

function byline(authors) {
  const line = el("span", { class: "byline" }, "By ");
  authors.forEach((author, index) => {
    if (index > 0) line.append(index === authors.length - 1 ? " and " : ", ");
    line.append(el("a", { href: SITE + "/authors/" + encodeURIComponent(author.slug), rel: "author", title: author.bio,
      text: author.name }));
  });
  return line;
}

function leadImage(image) {
  if (!image) return null;
  const attributes = { src: image.url, alt: image.alt || "" };
  if (image.srcset && image.srcset.length) {
    attributes.srcset = image.srcset.map((source) => source.url + " " + source.width + "w").join(", ");
    attributes.sizes = "(max-width: 60rem) 100vw, 48rem";
  }
  if (image.width && image.height) {
    attributes.width = image.width;
    attributes.height = image.height;
  }
  const caption = [image.caption, image.credit].filter(Boolean).join(" · ");
  return el("figure", { class: "lead-image" }, el("img", attributes),
    caption ? el("figcaption", { text: caption }) : null);
}

function body(item) {
  const node = sanitizedHtml("div", "body", item.bodyHtml || "");
  const first = node.querySelector("p");
  if (item.dateline && first) {
    first.prepend(el("span", { class: "dateline", text: item.dateline + ": " }));
  }
  return node;
}

function shareLinks(item) {
  const url = item.url || location.href;
  const link = encodeURIComponent(url);
  const text = encodeURIComponent(item.title);
  const copy = el("button", { type: "button", class: "copy-link", "data-url": url, text: "Copy link" });
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(url);
      copy.textContent = "Copied";
    } catch (e) {
      copy.textContent = url;
    }
  });
  return el("section", { class: "share", "aria-label": "Share" },
    el("h2", { text: "Share" }),
    el("a", { class: "share-x", href: "https://x.com/intent/post?url=" + link + "&text=" + text,
      target: "_blank", rel: "noopener noreferrer", text: "X" }),
    el("a", { class: "share-facebook", href: "https://www.facebook.com/sharer/sharer.php?u=" + link,
      target: "_blank", rel: "noopener noreferrer", text: "Facebook" }),
    el("a", { class: "share-linkedin", href: "https://www.linkedin.com/sharing/share-offsite/?url=" + link,
      target: "_blank", rel: "noopener noreferrer", text: "LinkedIn" }),
    el("a", { class: "share-email", href: "mailto:?subject=" + text + "&body=" + link, text: "Email" }),
    copy);
}

function tagList(tags) {
  if (!tags || !tags.length) return null;
  return el("ul", { class: "tags", "aria-label": "Tags" }, ...tags.map((tag) =>
    el("li", {}, el("a", { href: SITE + "/tags/" + encodeURIComponent(tag.slug), text: tag.name }))));
}

function commentNode(comment) {
  const node = el("li", { class: "comment", id: "comment-" + comment.id, "data-depth": String(comment.depth) },
    el("div", {}, el("span", { class: "who", text: comment.authorName }), relativeTime(comment.createdAt, "when")),
    sanitizedHtml("div", "what", comment.bodyHtml));
  node.style.marginLeft = (comment.depth * 1.5) + "rem";
  return node;
}

// Approved comments come oldest first; replies are placed under their parent (depth-first).
function threaded(comments) {
  const children = new Map();
  for (const comment of comments) {
    const key = comment.parentId || "";
    if (!children.has(key)) children.set(key, []);
    children.get(key).push(comment);
  }
  const ordered = [];
  const known = new Set(comments.map((comment) => comment.id));
  const visit = (key) => (children.get(key) || []).forEach((comment) => {
    ordered.push(comment);
    visit(comment.id);
  });
  visit("");
  // Replies whose parent is on a later page: show them at the end rather than lose them.
  comments.filter((comment) => comment.parentId && !known.has(comment.parentId)).forEach((c) => ordered.push(c));
  return ordered;
}

function commentForm(item, list, heading) {
  const status = el("p", { class: "notice", role: "status", hidden: true });
  const form = el("form", { class: "comment-form", id: "comment-form", novalidate: true },
    el("label", {}, "Name", el("input", { name: "authorName", required: true, maxlength: "100", autocomplete: "name" })),
    el("label", {}, "Email (never shown)", el("input", { name: "authorEmail", type: "email", required: true,
      maxlength: "320", autocomplete: "email" })),
    el("label", {}, "Comment", el("textarea", { name: "body", required: true, maxlength: "5000", rows: "5" })),
    // Honeypot: hidden from people, so a filled-in "website" marks the comment as spam.
    el("div", { class: "hp", "aria-hidden": "true" },
      el("label", {}, "Website", el("input", { name: "website", tabindex: "-1", autocomplete: "off" }))),
    el("button", { type: "submit", text: "Post Comment" }),
    status);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const comment = {
      authorName: data.get("authorName"),
      authorEmail: data.get("authorEmail"),
      body: data.get("body"),
      website: data.get("website") || null,
    };
    form.querySelector("button").disabled = true;
    try {
      const { body: posted, response } = await api("/" + COLLECTIONS[item.type] + "/" + item.id + "/comments", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(comment),
      });
      // The Location is the comment's public state, which the poster may read without a token.
      const location = response.headers.get("Location");
      const followed = location ? await fetch(location, { headers: { Accept: "application/json" } }) : null;
      const current = followed && followed.ok ? await followed.json() : posted;
      status.classList.remove("error");
      if (current.status === "approved") {
        list.append(commentNode(current));
        heading.textContent = "Comments (" + list.children.length + ")";
        status.textContent = "Thank you. Your comment is published.";
      } else {
        status.textContent = "Thank you. Your comment awaits moderation.";
      }
      status.dataset.status = current.status;
      form.reset();
    } catch (error) {
      status.classList.add("error");
      const fields = error.problem && error.problem.errors ? error.problem.errors.map((e) => e.field + " " + e.message) : [];
      status.textContent = [error.message, ...fields].join(" — ");
    } finally {
      status.hidden = false;
      form.querySelector("button").disabled = false;
    }
  });
  return form;
}

function commentsSection(item, page) {
  const heading = el("h2", { id: "comments-heading", text: "Comments (" + page.meta.total + ")" });
  const list = el("ol", { class: "comment-list" }, ...threaded(page.data).map(commentNode));
  const parts = [heading, list];
  if (item.commentsOpen) {
    parts.push(el("h3", { text: "Leave a Comment" }), commentForm(item, list, heading));
  } else {
    parts.push(el("p", { text: "Comments are closed." }));
  }
  return el("section", { class: "comments", id: "comments", "aria-labelledby": "comments-heading" }, ...parts);
}

async function renderItem(type, slug) {
  const collection = COLLECTIONS[type];
  // One request for the whole page: the item, its authors, its comments and the sidebar.
  const item = await get("/" + collection + "/slug/" + encodeURIComponent(slug) + "?include=authors,comments,recent");
  if (item.slug !== slug) {
    // An old slug: the API answered with the current item; show its current address.
    history.replaceState(null, "", sitePath(type, item.slug));
  }
  renderRecent(item.recent);
  sidebarShown = true;
  showItem(item, commentsSection(item, item.comments));
}

// A draft preview: the item as it is now, whatever its status, through the preview token.
async function renderPreview(token) {
  const item = await get("/preview/" + encodeURIComponent(token));
  const robots = el("meta", { name: "robots", content: "noindex" });
  document.head.append(robots);
  showItem(item, null, el("p", { class: "notice preview-banner",
    text: "Preview of a " + item.status + " " + item.type + ". Only people with this link can see it." }));
}

function showItem(item, comments, banner) {
  document.title = item.title + " · Byline";
  const published = item.publishedAt
    ? el("span", { class: "published" },
      el("time", { class: "date", datetime: item.publishedAt, text: formatDate(item.publishedAt) }),
      " · ", relativeTime(item.publishedAt, "ago"))
    : el("span", { class: "published", text: "Not published" });
  const article = el("article", { class: "item", "data-id": item.id },
    banner || null,
    item.section ? el("a", { class: "kicker", href: SITE + "/sections/" + encodeURIComponent(item.section.slug),
      text: item.section.name }) : null,
    el("h1", { class: "headline", text: item.title }),
    item.standfirst ? el("p", { class: "standfirst", text: item.standfirst }) : null,
    el("div", { class: "meta" },
      item.authors.length ? byline(item.authors) : null,
      item.dateline ? el("span", { class: "dateline-meta", text: item.dateline }) : null,
      published,
      el("span", { class: "reading-time", text: item.readingTimeMinutes + " min read" })),
    leadImage(item.featuredImage),
    body(item),
    tagList(item.tags),
    banner ? null : shareLinks(item),
    comments);
  show(article);
}

// ---- routing ------------------------------------------------------------------------------------

async function route() {
  const path = location.pathname.replace(/^\/site/, "") || "/";
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === "index.html")) return renderHome();
  if (parts.length === 2) {
    const [kind, slug] = parts;
    if (kind === "articles") return renderItem("article", slug);
    if (kind === "posts") return renderItem("post", slug);
    if (kind === "sections") return renderSection(slug);
    if (kind === "tags") return renderTag(slug);
    if (kind === "authors") return renderAuthor(slug);
    if (kind === "preview") return renderPreview(slug);
  }
  return notFound("Nothing lives at " + path + ".");
}

// Item pages bring the sidebar with them (include=recent); other pages ask for it.
let sidebarShown = false;

async function start() {
  const sections = renderSections().catch(() => null);
  try {
    await route();
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) notFound("This page does not exist, or is not published.");
    else show(el("p", { class: "notice error", text: "Could not load this page: " + error.message }));
  }
  if (!sidebarShown) await loadRecent().catch(() => renderRecent([]));
  await sections;
  document.body.dataset.ready = "true";
}

start();

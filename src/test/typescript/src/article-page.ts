// Renders the sample article page (/work/shared/samples: the article with its byline, dateline,
// body, lead image, comments and the Recent posts sidebar) from one request, and publishes an
// item with a merge patch. Every always-present field is typed as present: no optional, no
// unknown, no cast. Type-checked by check.sh; runnable against an instance (BYLINE_URL).
import createClient from "openapi-fetch";
import type { components, paths } from "./api";

type Content = components["schemas"]["Content"];
type Author = components["schemas"]["Author"];
type AuthorRef = components["schemas"]["AuthorRef"];
type Comment = components["schemas"]["Comment"];
type RecentItem = components["schemas"]["RecentItem"];

export interface ArticlePage {
  title: string;
  standfirst: string | null;
  dateline: string | null;
  byline: { name: string; url: string; bio: string | null }[];
  publishedAt: string | null;
  relativeTime: string;
  bodyHtml: string;
  leadImage: { src: string; alt: string | null; srcset: string } | null;
  shareUrl: string;
  comments: { author: string; html: string; depth: number; at: string }[];
  commentTotal: number;
  recent: { section: string | null; title: string; excerpt: string; url: string }[];
}

export function client(baseUrl: string, token?: string) {
  return createClient<paths>({
    baseUrl,
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  });
}

/** "14 mins ago" as the sample page shows it. */
export function ago(instant: string | null, now: Date = new Date()): string {
  if (instant === null) {
    return "";
  }
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(instant)) / 60000));
  if (minutes < 60) return `${minutes} mins ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} hours ago`;
  return `${Math.round(hours / 24)} days ago`;
}

function isFullAuthor(author: AuthorRef | Author): author is Author {
  return "bio" in author;
}

export function render(item: Content): ArticlePage {
  const image = item.featuredImage;
  const comments: Comment[] = item.comments?.data ?? [];
  const recent: RecentItem[] = item.recent ?? [];
  return {
    title: item.title,
    standfirst: item.standfirst ?? null,
    dateline: item.dateline ?? null,
    byline: item.authors.map((author) => ({
      name: author.name,
      url: isFullAuthor(author) ? author.url : "",
      bio: isFullAuthor(author) ? author.bio : null,
    })),
    publishedAt: item.publishedAt,
    relativeTime: ago(item.publishedAt),
    bodyHtml: item.bodyHtml,
    leadImage: image === null ? null : {
      src: image.url,
      alt: image.alt,
      srcset: image.srcset.map((entry) => `${entry.url} ${entry.width}w`).join(", "),
    },
    shareUrl: item.seo.canonicalUrl ?? item.url,
    comments: comments.map((c) => ({ author: c.authorName, html: c.bodyHtml, depth: c.depth, at: c.createdAt })),
    commentTotal: item.comments?.meta.total ?? item.commentCount,
    recent: recent.map((r) => ({ section: r.section?.name ?? null, title: r.title, excerpt: r.excerpt, url: r.url })),
  };
}

/** The whole page in one request: the item by slug with its authors, comments and the sidebar. */
export async function loadArticlePage(baseUrl: string, slug: string): Promise<ArticlePage> {
  const { data, error } = await client(baseUrl).GET("/api/v1/articles/slug/{slug}", {
    params: { path: { slug }, query: { include: "authors,comments,recent" } },
  });
  if (error !== undefined) {
    throw new Error(`${error.status} ${error.title}: ${error.detail ?? ""}`);
  }
  return render(data);
}

/** Publishes an item with a JSON Merge Patch of one field. */
export async function publish(baseUrl: string, token: string, id: string): Promise<Content> {
  const { data, error } = await client(baseUrl, token).PATCH("/api/v1/articles/{id}", {
    params: { path: { id } },
    body: { status: "published" },
  });
  if (error !== undefined) {
    throw new Error(`${error.status} ${error.title}`);
  }
  const status: "published" | "draft" | "scheduled" | "archived" = data.status;
  console.log(`published ${data.slug} (${status}) at ${data.publishedAt ?? "?"}`);
  return data;
}

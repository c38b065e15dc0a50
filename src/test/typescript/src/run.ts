// Renders the sample article page from a running instance and, given a token and an item id,
// publishes that item with a merge patch:
//   BYLINE_URL=http://localhost:8080 BYLINE_SLUG=<slug> [BYLINE_TOKEN=byl_… BYLINE_PUBLISH_ID=<id>] ./check.sh
import { loadArticlePage, publish } from "./article-page.js";

declare const process: { env: Record<string, string | undefined>; exitCode?: number };

async function main(): Promise<void> {
  const baseUrl = process.env["BYLINE_URL"];
  const slug = process.env["BYLINE_SLUG"];
  if (baseUrl === undefined || slug === undefined) {
    throw new Error("set BYLINE_URL and BYLINE_SLUG");
  }
  const page = await loadArticlePage(baseUrl, slug);
  console.log(JSON.stringify({ ...page, bodyHtml: `${page.bodyHtml.length} characters` }, null, 2));
  const token = process.env["BYLINE_TOKEN"];
  const id = process.env["BYLINE_PUBLISH_ID"];
  if (token !== undefined && id !== undefined) {
    await publish(baseUrl, token, id);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

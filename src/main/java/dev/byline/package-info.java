/** Byline: a headless CMS served as a JSON REST API. */
package dev.byline;

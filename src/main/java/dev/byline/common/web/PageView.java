package dev.byline.common.web;

import java.util.List;

/** A page of a list: {@code {"data": [...], "meta": {...}}}. */
public record PageView<T>(List<T> data, PageMeta meta) {
}

package dev.byline.common.persistence;

import jakarta.enterprise.context.RequestScoped;

/** The number of SQL statements prepared while serving the current request. */
@RequestScoped
public class RequestStatements {

    private int count;

    void increment() {
        count++;
    }

    public int count() {
        return count;
    }
}

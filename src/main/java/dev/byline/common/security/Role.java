package dev.byline.common.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A user's one role. Each role includes the ones below it, as in WordPress and Ghost. */
public enum Role {
    CONTRIBUTOR, AUTHOR, EDITOR, ADMIN;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role of(String value) {
        for (Role role : values()) {
            if (role.value().equals(value)) {
                return role;
            }
        }
        throw new IllegalArgumentException("must be one of " + Arrays.toString(values()));
    }

    public boolean isAtLeast(Role other) {
        return compareTo(other) >= 0;
    }

    /** The security roles an identity with this role holds: its own and every lower one. */
    public Set<String> grantedRoles() {
        return Arrays.stream(values()).filter(this::isAtLeast).map(Role::value).collect(Collectors.toSet());
    }

    @Override
    public String toString() {
        return value();
    }
}

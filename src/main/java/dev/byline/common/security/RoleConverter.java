package dev.byline.common.security;

import dev.byline.common.persistence.LowerCaseEnumConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class RoleConverter extends LowerCaseEnumConverter<Role> {
    public RoleConverter() {
        super(Role.class);
    }
}

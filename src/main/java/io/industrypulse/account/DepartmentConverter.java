package io.industrypulse.account;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * A department from a form or query parameter: the filters' "全部" option sends an empty value, which means none (as
 * it does for the enum-typed filters).
 */
@Component
class DepartmentConverter implements Converter<String, Department> {

    @Override
    public @Nullable Department convert(String source) {
        return source.isBlank() ? null : Department.valueOf(source.strip());
    }
}

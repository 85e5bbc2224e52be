package io.industrypulse.cultivation;

import io.industrypulse.ingest.EntrantBases;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The same-period base of the enterprises that entered through an application (已入库): their pool output of last
 * year, which the application carried; the monthly import holds their 上年同月 to it.
 */
@Component
class EnteredBases implements EntrantBases {

    private final CultivationRepository repository;

    EnteredBases(CultivationRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> outputs(YearMonth month) {
        return repository.enteredOutputs(month);
    }
}

package io.industrypulse.dispatch;

import io.industrypulse.account.Department;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign's weekly bulletin (周通报) for week {@code week}: the figures at the week's end, the week's own increase,
 * per county and per department, the wording officials use, and the tickets overdue beyond the setting (in the
 * reader's scope).
 *
 * @param campaign the campaign
 * @param week the week of the campaign, from 1
 * @param from the week's first day
 * @param to the week's last day (the figures are as of its end)
 * @param total the figures at the week's end, in the reader's scope
 * @param weekBefore the figures at the end of the week before, to tell the week's own increase
 * @param counties the figures at the week's end by county code
 * @param departments the figures at the week's end by department
 * @param overdue the tickets overdue beyond the setting, in the reader's scope
 * @param text the opening paragraph ("截至X月X日，全市累计走访企业X家…")
 */
public record Bulletin(
        Campaign campaign,
        int week,
        LocalDate from,
        LocalDate to,
        CampaignFigures total,
        CampaignFigures weekBefore,
        Map<String, CampaignFigures> counties,
        Map<Department, CampaignFigures> departments,
        List<Ticket> overdue,
        String text) {}

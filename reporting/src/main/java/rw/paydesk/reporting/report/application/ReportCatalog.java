package rw.paydesk.reporting.report.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rw.paydesk.core.identity.domain.Role;
import rw.paydesk.reporting.period.domain.ReportPeriod;
import rw.paydesk.reporting.report.domain.Report;
import rw.paydesk.reporting.report.domain.ReportKind;

import java.time.Clock;

/**
 * Reports for people: the page and the downloads. Only those who work with money may read
 * them (administrators alone see no money figures); the scheduler uses {@link ReportBuilder}.
 */
@Stateless
@RolesAllowed({Role.MAKER_NAME, Role.APPROVER_NAME, Role.VIEWER_NAME})
public class ReportCatalog {

    @PersistenceContext(unitName = "paydesk")
    EntityManager em;

    @Inject
    Clock clock;

    public Report build(ReportKind kind, ReportPeriod period) {
        return ReportBuilder.build(em, kind, period, clock.instant());
    }
}

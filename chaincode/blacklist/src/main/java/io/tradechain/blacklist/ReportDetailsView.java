package io.tradechain.blacklist;

import java.util.List;

/**
 * The whole of one report for the banks and the regulator: its public state, its private details,
 * and the reasons of every change (appeals, rejections, delisting), oldest first.
 *
 * @param report the public report
 * @param details what the bank reported
 * @param notes the reasons of the changes since
 */
public record ReportDetailsView(Report report, ReportDetails details, List<ReportNote> notes) {

    public ReportDetailsView {
        notes = List.copyOf(notes);
    }
}

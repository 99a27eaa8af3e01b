package io.tradechain.letterofcredit;

import java.util.List;

/** One L/C's whole story: its record, its presentations and every step (GetTimeline's answer). */
public record Timeline(LetterOfCredit lc, List<Presentation> presentations, List<Step> steps) {}

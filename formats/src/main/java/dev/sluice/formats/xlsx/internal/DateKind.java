package dev.sluice.formats.xlsx.internal;

/** What a number format shows of a number: the number itself, or a date, a date and time, or a time of day. */
enum DateKind {
    NONE, DATE, DATE_TIME, TIME
}

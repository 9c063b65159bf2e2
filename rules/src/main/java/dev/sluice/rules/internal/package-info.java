/** Helpers of this module's parsers. Not part of its API: other modules must not use them. */
package dev.sluice.rules.internal;

/** End-to-end tests of the MHLW FY2024 hospital cybersecurity survey definition. */
package dev.surveygen.mhlw;

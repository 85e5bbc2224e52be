package io.industrypulse.account;

/**
 * A row of the department table.
 *
 * @param name the Chinese name shown in pages and documents (生态环境局)
 * @param nameEn the English name, for the English pages
 * @param takesTickets whether the city may assign tickets to it (交办)
 * @param active whether it is in use; an inactive department keeps its history but gets no new users or tickets
 * @param sortOrder its place in lists and the bulletin
 */
public record DepartmentEntry(
        Department department, String name, String nameEn, boolean takesTickets, boolean active, int sortOrder) {}

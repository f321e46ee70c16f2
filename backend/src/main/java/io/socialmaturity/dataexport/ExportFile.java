package io.socialmaturity.dataexport;

/**
 * One file of the export: its name in the ZIP, what it holds (for the manifest), its number of rows (the entries of
 * a JSON array, the data rows of a CSV) and its bytes.
 */
record ExportFile(String name, String description, int rows, byte[] content) {}

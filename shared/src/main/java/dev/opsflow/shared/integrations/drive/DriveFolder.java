package dev.opsflow.shared.integrations.drive;

/** A Google Drive folder: its file id, name and link. */
public record DriveFolder(String id, String name, String webViewLink) {}

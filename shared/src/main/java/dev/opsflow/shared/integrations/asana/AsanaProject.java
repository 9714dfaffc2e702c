package dev.opsflow.shared.integrations.asana;

/** An Asana project: its gid, name and (when Asana returned it) permalink. */
public record AsanaProject(String gid, String name, String permalinkUrl) {}

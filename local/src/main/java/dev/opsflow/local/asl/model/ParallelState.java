package dev.opsflow.local.asl.model;

import java.util.List;

/** {@code Parallel}: runs every branch on the same input; the result is the array of branch outputs. */
public record ParallelState(StateCommon common, List<StatesBlock> branches) implements State {}

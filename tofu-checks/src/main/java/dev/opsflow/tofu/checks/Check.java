package dev.opsflow.tofu.checks;

import java.util.List;

/** One offline check of tofu/ against the repository; an empty result means it passed. */
public sealed interface Check
    permits ParseCheck, FunctionWiringCheck, PlaceholderCheck, RuleWiringCheck, VariableCheck, IamWildcardCheck, DatabaseAccessCheck, AslValidatorCheck {

  /** Short name, shown in front of every finding. */
  String name();

  List<Finding> run(CheckContext context);
}

package org.radkg.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The exit codes a command's help lists under "Exit codes:", with the meanings {@link ExitCode}
 * gives them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface ExitCodeHelp {
  ExitCode[] value();
}

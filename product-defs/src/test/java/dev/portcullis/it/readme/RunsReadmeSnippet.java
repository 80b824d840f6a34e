package dev.portcullis.it.readme;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a test method (or class) that runs the README's fenced blocks with these ids, read with
 * {@link Readme#snippet(String)}. {@link ReadmeSnippetsTest} finds these annotations in the test
 * classes of {@code dev.portcullis.it} and fails for every block no test runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RunsReadmeSnippet {
  String[] value();
}

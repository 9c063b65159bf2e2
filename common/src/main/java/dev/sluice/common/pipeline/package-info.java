/**
 * Pipeline jobs: the stages of {@code config.stages} and the graph their {@code dependsOn} forms.
 *
 * <p>Pure values and functions; the coordinator keeps the pipeline's progress and asks
 * {@link dev.sluice.common.pipeline.StageGraph} what may start and what a failure takes down with it.
 */
package dev.sluice.common.pipeline;

package io.flowpod.api.conventions;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A web slice with the conventions and {@link ConventionsSliceApplication}; rate limits are off
 * unless a test turns them on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(properties = {"flowpod.ratelimit.enabled=false", "flowpod.log.format=plain"})
@ContextConfiguration(classes = ConventionsSliceApplication.class)
public @interface ConventionsWebTest {}

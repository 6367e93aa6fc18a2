package demo.keystone;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import demo.keystone_war.web.JavaTokensController;

/**
 * The Java twin of the Python controller ({@code keystone_web/tokens.py}) is the WAR example's: imported,
 * as the application's scan of {@code demo.keystone_web} does not reach it.
 */
@Configuration
@Import(JavaTokensController.class)
public class TwinController {
}

package demo.keystone_war;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/** Spring MVC with two controllers of the token API: the Python one and its Java twin. */
@Configuration
@EnableWebMvc
@ComponentScan({"demo.keystone_web.tokens", "demo.keystone_war.web"})
public class WebConfig {
}

package demo.keystone_war;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.EnableMBeanExport;

/**
 * The services: the Java DAOs and the Python drivers ({@code demo.identity}, from the drivers' jar and
 * this WAR), and the Python bean that Spring exports over JMX ({@code demo.keystone_web.management}).
 */
@Configuration
@ComponentScan({"demo.identity", "demo.keystone_web.management"})
@EnableMBeanExport
public class ServiceConfig {
}

package demo.keystone_war;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

import org.springframework.web.servlet.support.AbstractAnnotationConfigDispatcherServletInitializer;

/**
 * Starts the application in a servlet container, in place of a web.xml: the services (drivers, DAOs,
 * JMX) in the root context, the controllers in the dispatcher's. Each copy of the WAR names its managed
 * beans after its context path ({@code keystone.context}), so that copies side by side do not collide.
 */
public class KeystoneInitializer extends AbstractAnnotationConfigDispatcherServletInitializer {

    @Override
    public void onStartup(ServletContext servletContext) throws ServletException {
        String path = servletContext.getContextPath();
        servletContext.setInitParameter("keystone.context", path.isEmpty() ? "/" : path);
        super.onStartup(servletContext);
    }

    @Override
    protected Class<?>[] getRootConfigClasses() {
        return new Class<?>[] {ServiceConfig.class};
    }

    @Override
    protected Class<?>[] getServletConfigClasses() {
        return new Class<?>[] {WebConfig.class};
    }

    @Override
    protected String[] getServletMappings() {
        return new String[] {"/"};
    }
}

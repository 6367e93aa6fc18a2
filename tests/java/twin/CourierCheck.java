package twin;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import fixtures.Courier;
import fixtures.Events;
import fixtures.Report;

/**
 * The Java twin of the Python bean {@code shopapp.proxied.CourierCheck} (tests/parity): what Java is
 * given as the {@code courier} bean, a JDK proxy, reported as the Python bean reports it.
 */
@Component("courierCheckTwin")
public class CourierCheck implements Report {

    private final Courier courier;
    private final ApplicationContext context;

    public CourierCheck(Courier courier, ApplicationContext context) {
        this.courier = courier;
        this.context = context;
    }

    @Override
    public String describe() {
        Class<?> proxyClass = courier.getClass();
        return String.format("a JDK proxy: %s; the class Spring gives: %s; a Courier: %s; an object of the Python "
                + "class: %s; the same class through Java and back: %s; send ran on another thread: %s",
                Proxy.isProxyClass(proxyClass),
                context.getType("courier") == proxyClass,
                courier instanceof Courier,
                context.getType("scopedTarget.courier").isInstance(courier),
                List.of(courier).get(0).getClass() == proxyClass
                        && Optional.of(courier).map(Object::getClass).get() == proxyClass,
                sentElsewhere("java parcel"));
    }

    /** Whether {@code courier.send(parcel)} ran on a thread of its own, as {@code @Async} makes it. */
    private boolean sentElsewhere(String parcel) {
        courier.send(parcel);
        String sent = parcel + " sent on ";
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (String event : Events.LOG) {
                if (event.startsWith(sent)) {
                    return !event.equals(sent + Thread.currentThread().getName());
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}

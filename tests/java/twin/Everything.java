package twin;

import java.lang.annotation.ElementType;

import fixtures.Assembly;
import fixtures.Audit;
import fixtures.Kinds;
import fixtures.Limits;
import fixtures.Marker;
import fixtures.MethodOnly;
import fixtures.Part;
import fixtures.Refers;
import fixtures.Required;
import fixtures.Role;
import fixtures.Service;
import fixtures.SourceOnly;
import fixtures.Tag;
import fixtures.TypeUse;
import fixtures.Uses;

/**
 * What javac writes for the annotations of the Python class {@code mirror.Everything} (see
 * tests/python/test_javac_twin.py): the tests require the generated class to carry the same.
 * Elements are in name order, the order clamp_annotations writes keyword arguments in.
 */
@Kinds(big = 1L << 40, bigs = 5L, flag = true, flags = {true, false}, letter = 'q', letters = {'a', 'b'},
        medium = 300, mediums = 3, mode = Kinds.Mode.FAST, number = 70000, numbers = {}, precise = 2.25,
        precises = 0.25, ratio = 1.5f, ratios = {0.5f, -2f}, small = -7, smalls = {1, 2},
        tag = @Tag("nested"), tags = {@Tag("a"), @Tag("b")}, targets = {ElementType.FIELD, ElementType.TYPE},
        text = "t\"q\\", texts = {"x", "y"}, type = int[].class, types = {String.class, void.class, String[][].class})
@Required(count = 3, name = "r")
@Role("first")
@Marker
@Role("second")
@Audit(level = 3, notes = "n")
@SourceOnly
@Assembly({@Part(1), @Part(2)})
@Uses(Helper.class)
@Refers(Helper.class)
@TypeUse
@Limits(budget = 10L, kind = ElementType.METHOD, names = "single", times = 3, type = Object.class)
public class Everything implements Service {

    @Override
    @Marker
    @Role("h1")
    @Role("h2")
    @MethodOnly
    public String handle(String request) {
        return request;
    }

    @Override
    public int count() {
        return 0;
    }

    @Override
    @Audit(level = 2)
    @Required(count = 1, name = "accept")
    public void accept(int number) {
    }

    @Override
    @Audit(level = 2)
    @Required(count = 1, name = "accept")
    public void accept(String text) {
    }
}

package twin;

import java.util.List;

import fixtures.Marker;
import fixtures.MethodOnly;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The javac twin of the Python class {@code mirror.Settings}: JavaBean properties, a read-only one, one
 * of type {@code boolean}, a generic one, and annotations on fields and on accessors.
 */
public class Settings {
    @Min(1)
    private int port;
    @NotBlank
    private String host;
    private boolean secure;
    @Size(max = 2)
    private List<String> tags;
    private String version;
    private int xPos;

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public boolean isSecure() {
        return secure;
    }

    public void setSecure(boolean secure) {
        this.secure = secure;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    @MethodOnly
    public String getVersion() {
        return version;
    }

    @Marker
    public int getxPos() {
        return xPos;
    }

    @Marker
    public void setxPos(int xPos) {
        this.xPos = xPos;
    }
}

package co.presencia.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for the API tests: JSON, multipart uploads, HTTP Basic. */
public final class Http {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** GET with HTTP Basic credentials (reports and job logs are the administrator's). */
    public HttpResponse<String> get(String path, String user, String password) {
        return send(auth(HttpRequest.newBuilder(URI.create(base + path)), user, password).GET());
    }

    public HttpResponse<String> put(String path, String json, String user, String password) {
        return send(auth(HttpRequest.newBuilder(URI.create(base + path)), user, password)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path, String user, String password) {
        return send(auth(HttpRequest.newBuilder(URI.create(base + path)), user, password).DELETE());
    }

    public HttpResponse<String> post(String path, String user, String password) {
        return send(auth(HttpRequest.newBuilder(URI.create(base + path)), user, password)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    public HttpResponse<String> postJson(String path, String json, String user, String password) {
        return send(auth(HttpRequest.newBuilder(URI.create(base + path)), user, password)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** GET returning the raw bytes (downloads). */
    public java.net.http.HttpResponse<byte[]> getBytes(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> upload(String path, Path file, String user, String password) {
        try {
            return upload(path, file.getFileName().toString(), Files.readAllBytes(file), Map.of(), user, password);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A multipart upload of {@code content} named {@code fileName} as written (any character, even one a browser
     * would never send), with {@code fields} as further form fields.
     */
    public HttpResponse<String> upload(String path, String fileName, byte[] content, Map<String, String> fields,
                                       String user, String password) {
        String boundary = "----presencia" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(auth(HttpRequest.newBuilder(URI.create(base + path)), user, password)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static HttpRequest.Builder auth(HttpRequest.Builder builder, String user, String password) {
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package example;

import com.example.a.WardResponse;
import com.example.b.PharmacyResponse;
import com.example.c.LabResponse;

/** Uses the code generated in the three survey modules. */
public final class App {

    private App() {}

    public static String all() {
        return WardResponse.builder().beds(40).build() + " " + PharmacyResponse.builder().open_sunday(true).build()
                + " " + LabResponse.builder().build();
    }
}

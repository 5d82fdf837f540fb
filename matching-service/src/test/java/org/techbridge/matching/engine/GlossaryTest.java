package org.techbridge.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class GlossaryTest {

    private static Glossary of(String text) throws IOException {
        return Glossary.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWordOfAGroupBringsTheOthers() throws IOException {
        Glossary glossary = of("# machines\n减速器|减速机|gear reducer  # comment\n光伏|photovoltaic\n");

        assertEquals(List.of("减速机", "gear reducer"), glossary.expansions("机器人用减速器"));
        assertEquals(List.of("减速器", "减速机"), glossary.expansions("Gear reducers for robots"));
        assertEquals(2, glossary.size());
    }

    @Test
    void englishWordsMatchWholeWordsOnly() throws IOException {
        Glossary glossary = of("光伏|pv\n");

        assertTrue(glossary.expansions("a pvc pipe").isEmpty());
        assertEquals(List.of("光伏"), glossary.expansions("PV modules"));
    }

    @Test
    void theShippedGlossaryCoversTheDesignExamples() {
        Glossary glossary = Glossary.standard();

        assertTrue(glossary.expansions("减速器").contains("gear reducer"));
        assertTrue(glossary.expansions("光伏组件").contains("photovoltaic"));
        assertTrue(glossary.expansions("秸秆").contains("crop residue"));
        assertTrue(glossary.expansions("drone spraying").contains("无人机"));
    }
}

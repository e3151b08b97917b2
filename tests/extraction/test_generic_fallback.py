"""A scored body that holds little of the page's prose gets a second look: the element holding
most of that prose is read instead, without its menus, teaser lists, date lines and labels.
The pages are written here; the rules are structural, not per site."""
from __future__ import annotations

import sinmun

STEP = ("Stir the {n} batch of oats into the warm milk slowly, and let the pot rest on a low flame "
        "until it thickens.")
NOTE = ("Our kitchen team tried this breakfast on a cold morning in the hills, and the children asked for "
        "a second bowl before the kettle had even boiled. It keeps well in a jar for two days, and it "
        "tastes just as good when it is warmed up again with a little water.")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")


def paragraphs(html: str) -> list[str]:
    return sinmun.extract(html, "https://kitchen.example.com/recipes/oat-porridge").body_paragraphs


def recipe_page(extra: str = "", steps: int = len(ORDINALS), note: str = NOTE) -> str:
    """A note, then steps each in its own small container (not prose before the note's block)."""
    step_blocks = "".join(f"<div class='step'><div class='step-text'><p>{STEP.format(n=n)}</p></div></div>"
                          for n in ORDINALS[:steps])
    return ("<html><head><title>Oat porridge</title></head><body>"
            "<div class='top'><a href='/'>Home</a> <a href='/recipes'>Recipes</a> <a href='/about'>About</a></div>"
            "<div class='page'><h1>Oat porridge</h1><div class='when'>12.03.2024</div>"
            f"<div class='note'><p>{note}</p></div>"
            f"<h2>Preparation</h2><div class='steps'>{step_blocks}</div>{extra}</div>"
            "<footer><p>All rights reserved by the kitchen example company, since many years now.</p></footer>"
            "</body></html>")


def test_steps_in_many_small_containers_join_the_body() -> None:
    found = paragraphs(recipe_page())
    assert STEP.format(n="first") in found
    assert STEP.format(n="seventh") in found
    assert NOTE in found
    assert "Preparation" in found  # a subheading that leads into kept text


def test_second_look_leaves_out_menus_teasers_and_date_lines() -> None:
    teasers = ("<h3>More recipes</h3><ul class='more'><li><a href='/r/1'>Rice pudding with cinnamon</a></li>"
               "<li><a href='/r/2'>Pancakes with apple sauce</a></li></ul>")
    found = paragraphs(recipe_page(teasers))
    assert STEP.format(n="third") in found
    assert "12.03.2024" not in found
    assert "More recipes" not in found
    assert not any("Pancakes" in p or "Home" in p for p in found)


def test_body_holding_most_of_the_prose_stands() -> None:
    long_note = " ".join([NOTE] * 4)
    assert paragraphs(recipe_page(steps=2, note=long_note)) == [long_note]


def test_markup_body_in_a_sidebar_is_not_the_article() -> None:
    story = ("The harbour council voted on Tuesday to rebuild the old pier before the summer season, "
             "after divers found that two of its wooden posts had rotted through. ")
    html = ("<html><head><title>Pier to be rebuilt</title></head><body>"
            "<div class='main'><h1>Pier to be rebuilt</h1>"
            + "".join(f"<div class='row'><div class='col'><p>{story}This was the {n} vote.</p></div></div>"
                       for n in ORDINALS[:4])
            + "</div><div class='sidebar'><div class='article_content'><p>"
            + "A short teaser of another story about the town's new bus timetable and its later evening buses, "
              "which start next month. " * 3
            + "</p></div></div></body></html>")
    found = paragraphs(html)
    assert found[0] == f"{story}This was the first vote."
    assert len(found) == 4


def ingredients_page(items: list[str], meta: str = "") -> str:
    steps = "".join(f"<p>{STEP.format(n=n)}</p>" for n in ORDINALS[:5])
    listed = "".join(f"<li>{item}</li>" for item in items)
    return ("<html><head><title>Oat porridge</title></head><body><div class='recipe'><h1>Oat porridge</h1>"
            f"{meta}<div class='ingredients'><h2>Ingredients</h2><ul>{listed}</ul></div>"
            f"<div class='method'>{steps}</div></div></body></html>")


def test_list_beside_a_scored_body_joins_it() -> None:
    items = ["200 g oats", "500 ml milk", "1 pinch of salt", "2 spoons of honey"]
    found = paragraphs(ingredients_page(items))
    assert found[:5] == ["Ingredients", *items]
    assert found[5] == STEP.format(n="first")


def test_short_meta_lists_and_link_lists_beside_the_body_stay_out() -> None:
    meta = ("<ul class='meta'><li>12 March 2024</li><li>Kim Gildong</li></ul>"
            "<ul class='more'><li><a href='/a'>Rice pudding</a></li><li><a href='/b'>Pancakes</a></li>"
            "<li><a href='/c'>Apple crumble</a></li></ul>")
    found = paragraphs(ingredients_page(["200 g oats", "500 ml milk", "1 pinch of salt"], meta))
    assert "12 March 2024" not in found and "Kim Gildong" not in found
    assert not any(p in found for p in ("Rice pudding", "Pancakes", "Apple crumble"))
    assert "500 ml milk" in found


def story_row_page(first_title: str) -> str:
    """The page's story, then two more loaded below it (the last one the longest)."""
    def story(n: int, title: str, sentences: int) -> str:
        text = "".join(f"<p>{title} was the talk of the town, and sentence {word} says so plainly.</p>"
                       for word in ORDINALS[:sentences])
        return (f"<div class='scrollblock'><article id='story-{n}'><h1>{title}</h1>"
                f"<div class='entry-text'>{text}</div></article></div>")
    return (f"<html><head><title>Town News | {first_title}</title></head><body><main>"
            + story(0, "Ferry timetable changes", 3) + story(1, "Library opens later", 4)
            + story(2, "Market square repaved", 7) + "</main></body></html>")


def test_row_of_stories_gives_the_one_the_title_names() -> None:
    found = paragraphs(story_row_page("Ferry timetable changes"))
    assert found[0].startswith("Ferry timetable changes was the talk")
    assert not any(p.startswith("Market square") for p in found)


def test_row_of_stories_without_a_matching_title_is_read_as_the_page_prose() -> None:
    found = paragraphs(story_row_page("Something else entirely"))
    assert found[0].startswith("Ferry timetable changes was the talk")
    assert any(p.startswith("Market square repaved") for p in found)


def test_a_copy_of_the_body_elsewhere_on_the_page_is_no_missing_prose():
    lines = [f"가상시는 {n}번째 노선의 첫차 시간을 새벽 다섯 시로 앞당긴다고 시 교통국이 밝혔다. 시는 배차 간격도 줄인다."
             for n in range(8)]
    story = "<br><br>".join(lines)
    html = ("<html lang='ko'><head><meta charset='utf-8'><title>가상시 첫차 앞당긴다</title></head><body>"
            "<div class='page'><h1>가상시 첫차 앞당긴다</h1><div class='box'>"
            f"<div id='news_text' class='detail-body'>{story}</div>"
            f"<div id='mail_copy' class='hide'><div class='mail_text'>{story}</div></div></div></div></body></html>")
    body = sinmun.extract(html).body_paragraphs
    assert body == lines

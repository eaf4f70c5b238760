"""surnames2: extraction records, beside a title, the full form of each surname it keeps bare as its article's familiar
figure (surnames.familiar_surname_forms); whether the collection knows the person by it is the merge's question
(tests/merge/test_surname_titles.py)."""
from timeline.events.surnames import article_names, familiar_surname_forms, surname_alone_in

# an article that tells her story at length: "al-Obeidy" alone in more than four sentences, her familiar figure
OBEIDY = ["Eman al-Obeidy, who burst into a Tripoli hotel, said she had been raped.",
          *[f"Al-Obeidy told CNN about it on day {k}." for k in range(6)],
          "A government spokesman said that al-Obeidy had been released."]


def forms(article, title, sentence=""):
    return familiar_surname_forms(title, article_names(article), sentence or title)


def test_the_familiar_figure_kept_bare_records_her_full_form():
    assert forms(OBEIDY, "Al-Obeidy told CNN about the alleged rapes") == (("Al-Obeidy", "Eman al-Obeidy"),)
    assert forms(OBEIDY, "A government spokesman said that al-Obeidy had been released") \
        == (("al-Obeidy", "Eman al-Obeidy"),)


def test_a_role_before_the_first_full_mention_comes_along():
    article = ["Libyan Foreign Minister Moussa Koussa flew to Britain, he said.",
               *[f"Koussa spoke on day {k}." for k in range(6)]]
    assert forms(article, "Koussa did not tell the government") \
        == (("Koussa", "Libyan Foreign Minister Moussa Koussa"),)


def test_a_title_that_names_her_in_full_or_not_at_all_records_nothing():
    assert forms(OBEIDY, "Eman al-Obeidy told CNN about the alleged rapes") == ()
    assert forms(OBEIDY, "She told CNN about the alleged rapes") == ()


def test_a_surname_the_article_uses_alone_at_most_four_times_is_named_at_extraction_so_records_nothing():
    article = ["Eman al-Obeidy, who burst into a Tripoli hotel, said she had been raped.", "Al-Obeidy told CNN."]
    assert forms(article, "Al-Obeidy told CNN") == ()


def test_two_people_of_one_surname_record_nothing():
    # Gaddafi's sons: the surname alone tells no one person
    article = ["Saif al-Islam Gaddafi, who studied in London, spoke.", "Khamis Gaddafi, who led a brigade, fought.",
               *[f"Gaddafi was seen on day {k}." for k in range(6)]]
    assert forms(article, "Gaddafi was seen in Tripoli") == ()


def test_a_surname_the_sentence_writes_only_inside_a_quotation_records_nothing():
    sentence = "A young man said on rebel TV that “Younis was assassinated by him”."
    article = ["Gen. Abdul Fattah Younis, who led the rebels, died.", *[f"Younis fought on day {k}." for k in range(6)],
               sentence]
    assert forms(article, "A young man said that “Younis was assassinated by him”", sentence) == ()


def test_a_place_or_a_firm_told_by_its_place_is_no_full_form():
    # "Modern Libya" (a country's name), "San Antonio-based Tesoro" (a company named as a person's surname would be)
    libya = ["Modern Libya, he said, was built on oil.", *[f"Libya exported oil on day {k}." for k in range(6)]]
    assert forms(libya, "Libya exported oil to Italy") == ()
    tesoro = ["San Antonio-based Tesoro, who said it buys crude, spoke.",
              *[f"Tesoro bought oil on day {k}." for k in range(6)]]
    assert forms(tesoro, "Tesoro bought sweet crude") == ()


def test_a_surname_alone_has_no_first_name_before_it_nor_a_name_after_it():
    assert surname_alone_in("al-Obeidy", "A spokesman said that al-Obeidy had been released.")
    assert surname_alone_in("Al-Obeidy", "Then Obeidy's story spread.")
    assert surname_alone_in("Jackson", "Jackson, 48, was taken to hospital.")
    assert not surname_alone_in("Jackson", "Michael Jackson died.")
    assert not surname_alone_in("Ibrahim", "Ibrahim Dabbashi said the toll rose.")
    assert not surname_alone_in("Jackson", "No one came.")

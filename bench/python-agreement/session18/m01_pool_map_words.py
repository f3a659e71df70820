# multiprocessing.Pool.map over text snippets; the parent combines the counts.
from multiprocessing import Pool

SNIPPETS = ["to be or not to be", "that is the question", "whether tis nobler"]


def vowel_count(text):
    return sum(1 for ch in text if ch in "aeiou")


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        vowels = pool.map(vowel_count, SNIPPETS)
    total_vowels = sum(vowels)
    assert vowels == [6, 7, 5]

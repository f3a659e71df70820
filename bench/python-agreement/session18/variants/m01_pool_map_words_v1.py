# multiprocessing.Pool.map over text snippets; the parent combines the counts.
from multiprocessing import Pool

SNIPPETS = ["to be or not to be", "that is the question", "whether tis nobler"]


def vowel_count(text):
    count = 0
    for ch in text:
        if ch in "aeiou":
            count += 1
    return count


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        vowels = pool.map(vowel_count, SNIPPETS)
    total_vowels = sum(vowels)
    assert vowels == [6, 7, 5]

# Jobs of an executor walk their argument, a string in one and a tuple in the other. CPython 3.11.7 (5
# runs): ok, vowels=3 items=6. weft before session 18 faulted in every schedule under a claim of
# completeness (`size(text)` of a string was a TypeError; session 18 probe's repro r04).
from concurrent.futures import ThreadPoolExecutor

vowels = 0
items = 0


def vowel_count(text):
    count = 0
    for ch in text:
        if ch in "aeiou":
            count += 1
    return count


def total(numbers):
    result = 0
    for n in numbers:
        result += n
    return result


with ThreadPoolExecutor(max_workers=2) as ex:
    first = ex.submit(vowel_count, "to be or")
    second = ex.submit(total, (1, 2, 3))
    vowels = first.result()
    items = second.result()
assert (vowels, items) == (3, 6)

"""Builtins as the function of an executor's map and submit: pow, abs, max and str.upper."""
from concurrent.futures import ThreadPoolExecutor

words = ["ab", "cd", "ef"]
with ThreadPoolExecutor(max_workers=2) as ex:
    biggest = ex.submit(max, 3, 9)
    size = ex.submit(abs, -4)
    magnitudes = list(ex.map(abs, [-1, 2, -3]))
    shouted = list(ex.map(str.upper, words))
    squares = list(ex.map(pow, [1, 2, 3], [2, 2, 2]))
print(biggest.result(), size.result(), magnitudes, shouted, squares)
assert biggest.result() == 9 and size.result() == 4
assert magnitudes == [1, 2, 3] and shouted == ["AB", "CD", "EF"] and squares == [1, 4, 9]

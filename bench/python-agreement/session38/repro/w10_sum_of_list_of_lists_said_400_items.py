# WRONG WORDS (mild). CPython: 6400. weft (start binary): refused at 9:20, "`sum` of the shared list
# `drives` of 400 items is one expression of 400 terms" -- `drives` holds 3 items (lists of 400
# numbers each); the sum is of 3 inner sums. (Held-out m02.)
log = []
drives = [[5] * 400, [10] * 400, [1] * 400]


def main():
    expected = sum(sum(d) for d in drives)
    log.append(expected)


main()
print(log)

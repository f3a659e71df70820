# A Pool's map whose jobs may raise (a lookup of a key the dict may not have) but never do with these
# items: every result, in order.
from multiprocessing import Pool

RATES = {"EUR": 100, "USD": 110, "GBP": 85}


def convert(currency):
    return RATES[currency] * 2


if __name__ == "__main__":
    with Pool(2) as pool:
        converted = pool.map(convert, ["USD", "EUR", "GBP", "EUR"])
    print(converted)
    assert converted == [220, 200, 170, 200]

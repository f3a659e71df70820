# Jobs parse "name,qty" lines with split and int().
from concurrent.futures import ThreadPoolExecutor

LINES = ["apple,3", "pear,5", "fig,2"]
totals = {}


def parse(line):
    name, qty = line.split(",")
    return int(qty) * 10


with ThreadPoolExecutor(max_workers=2) as ex:
    values = list(ex.map(parse, LINES))
grand_total = sum(values)

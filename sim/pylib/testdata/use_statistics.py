# statistics: exact means and variances of ints and floats.
import statistics
from statistics import mean, median, mode, stdev, variance

print(mean([1, 2, 3, 4]), mean([1, 2, 3]), mean([0.1, 0.2, 0.3]), mean([1, 2.5]), mean(range(10)))
print(statistics.fmean([0.1, 0.2, 0.3]), statistics.fmean([1, 2, 3]))
print(median([3, 1, 2]), median([4, 1, 3, 2]), median([1.5, 2.5]), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print(mode([1, 2, 2, 3, 3]), mode('abracadabra'), statistics.multimode('aabbc'), statistics.multimode([]))
print(variance([1, 2, 3, 4]), statistics.pvariance([1, 2, 3, 4]), variance([2, 4, 4, 4, 5, 5, 7, 9]), statistics.pvariance([2, 4, 4, 4, 5, 5, 7, 9]))
print(stdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), variance([0.5, 1.5, 2.5]))
times = [0.012, 0.015, 0.011, 0.019, 0.013]
print(mean(times), median(times), round(stdev(times), 6))
for bad in [lambda: mean([]), lambda: median([]), lambda: variance([1]), lambda: stdev([])]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print('StatisticsError:', e)
print(isinstance(statistics.StatisticsError(), ValueError))

# leakage: none
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
df = pd.read_csv("houses.csv")
train, test = train_test_split(df, test_size=0.25, random_state=0)
means = train.mean()
train = train.fillna(means)
test = test.fillna(means)
rf = RandomForestRegressor(random_state=0).fit(train.drop(columns="price"), train["price"])
print(rf.score(test.drop(columns="price"), test["price"]))

# leakage: preprocessing@6
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
df = pd.read_csv("houses.csv")
df = df.fillna(df.mean())
train, test = train_test_split(df, test_size=0.25, random_state=0)
rf = RandomForestRegressor(random_state=0)
rf.fit(train.drop(columns="price"), train["price"])
print(rf.score(test.drop(columns="price"), test["price"]))

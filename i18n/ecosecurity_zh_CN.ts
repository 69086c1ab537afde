<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>EcoSecurity</name>
    <message>
      <source>Dask scheduler address for the tools' pieces (empty: this computer)</source>
      <translation>工具分块计算所用的 Dask 调度器地址（留空：本机）</translation>
    </message>
    <message>
      <source>Indicator table</source>
      <translation>指标表</translation>
    </message>
    <message>
      <source>Positive indicators</source>
      <translation>正向指标</translation>
    </message>
    <message>
      <source>Negative indicators</source>
      <translation>负向指标</translation>
    </message>
    <message>
      <source>Standardisation</source>
      <translation>标准化</translation>
    </message>
    <message>
      <source>Min-max (x-min)/(max-min)</source>
      <translation>极差标准化 (x-min)/(max-min)</translation>
    </message>
    <message>
      <source>Shifted min-max 0.1+0.9(x-min)/(max-min)</source>
      <translation>平移极差标准化 0.1+0.9(x-min)/(max-min)</translation>
    </message>
    <message>
      <source>None (values are already standardised)</source>
      <translation>不标准化（数值已标准化）</translation>
    </message>
    <message>
      <source>Weighting</source>
      <translation>赋权</translation>
    </message>
    <message>
      <source>Entropy</source>
      <translation>熵权法</translation>
    </message>
    <message>
      <source>Equal</source>
      <translation>等权重</translation>
    </message>
    <message>
      <source>Given</source>
      <translation>指定权重</translation>
    </message>
    <message>
      <source>Given weights (field=weight, ...)</source>
      <translation>指定权重（field=weight, ...）</translation>
    </message>
    <message>
      <source>Weights per group (e.g. year; empty = pooled panel weights)</source>
      <translation>分组赋权字段（如年份；留空 = 面板整体统一权重）</translation>
    </message>
    <message>
      <source>Criterion layers ('Name: field, field; Name: field')</source>
      <translation>准则层（'Name: field, field; Name: field'）</translation>
    </message>
    <message>
      <source>Index field name</source>
      <translation>指数字段名</translation>
    </message>
    <message>
      <source>Composite index</source>
      <translation>综合指数</translation>
    </message>
    <message>
      <source>Indicator weights</source>
      <translation>指标权重</translation>
    </message>
    <message>
      <source>Encoding of CSV and text tables</source>
      <translation>CSV 与文本表的编码</translation>
    </message>
    <message>
      <source>UTF-8</source>
      <translation>UTF-8</translation>
    </message>
    <message>
      <source>GBK / GB18030 (Simplified Chinese, Excel's 'CSV' in China)</source>
      <translation>GBK / GB18030（简体中文，中文版 Excel 保存的 CSV）</translation>
    </message>
    <message>
      <source>Big5 (Traditional Chinese)</source>
      <translation>Big5（繁体中文）</translation>
    </message>
    <message>
      <source>Latin-1 / Windows-1252 (Western European)</source>
      <translation>Latin-1 / Windows-1252（西欧语言）</translation>
    </message>
    <message>
      <source>Table of system indices</source>
      <translation>系统指数表</translation>
    </message>
    <message>
      <source>System index fields (2 or more)</source>
      <translation>系统指数字段（2 个或以上）</translation>
    </message>
    <message>
      <source>System weights alpha (comma separated; empty = equal)</source>
      <translation>系统权重 alpha（逗号分隔；留空 = 等权重）</translation>
    </message>
    <message>
      <source>Coupling model</source>
      <translation>耦合模型</translation>
    </message>
    <message>
      <source>Classic (C = n[prod U / (sum U)^n]^(1/n))</source>
      <translation>经典模型（C = n[prod U / (sum U)^n]^(1/n)）</translation>
    </message>
    <message>
      <source>Corrected (Wang et al. 2021)</source>
      <translation>修正模型（Wang et al. 2021）</translation>
    </message>
    <message>
      <source>Grades</source>
      <translation>等级划分</translation>
    </message>
    <message>
      <source>Ten-level table</source>
      <translation>十级分类表</translation>
    </message>
    <message>
      <source>Custom breaks and labels</source>
      <translation>自定义分级断点与标签</translation>
    </message>
    <message>
      <source>Custom breaks of D (ascending)</source>
      <translation>自定义 D 分级断点（升序）</translation>
    </message>
    <message>
      <source>Custom grade labels</source>
      <translation>自定义等级标签</translation>
    </message>
    <message>
      <source>Synchronous band around U1/U2 = 1</source>
      <translation>U1/U2 = 1 附近的同步区间</translation>
    </message>
    <message>
      <source>Coupling coordination</source>
      <translation>耦合协调</translation>
    </message>
    <message>
      <source>Input table or layer</source>
      <translation>输入表或图层</translation>
    </message>
    <message>
      <source>Field to classify</source>
      <translation>分级字段</translation>
    </message>
    <message>
      <source>Classification method</source>
      <translation>分级方法</translation>
    </message>
    <message>
      <source>Natural breaks (Fisher-Jenks)</source>
      <translation>自然断点法（Fisher-Jenks）</translation>
    </message>
    <message>
      <source>Equal interval</source>
      <translation>等间距</translation>
    </message>
    <message>
      <source>Quantile</source>
      <translation>分位数</translation>
    </message>
    <message>
      <source>Fixed table</source>
      <translation>固定分级表</translation>
    </message>
    <message>
      <source>Number of classes (computed methods)</source>
      <translation>分级数（计算类方法）</translation>
    </message>
    <message>
      <source>Breaks of a fixed table (ascending, comma separated)</source>
      <translation>固定分级表断点（升序，逗号分隔）</translation>
    </message>
    <message>
      <source>Class labels (comma separated, one per class)</source>
      <translation>等级标签（逗号分隔，每级一个）</translation>
    </message>
    <message>
      <source>Name of the class field</source>
      <translation>等级字段名</translation>
    </message>
    <message>
      <source>Name of the label field</source>
      <translation>标签字段名</translation>
    </message>
    <message>
      <source>Classified</source>
      <translation>分级结果</translation>
    </message>
    <message>
      <source>Class breaks</source>
      <translation>分级断点</translation>
    </message>
    <message>
      <source>Input raster</source>
      <translation>输入栅格</translation>
    </message>
    <message>
      <source>Band</source>
      <translation>波段</translation>
    </message>
    <message>
      <source>Worker processes</source>
      <translation>工作进程数</translation>
    </message>
    <message>
      <source>Dask scheduler address (empty: the provider's setting)</source>
      <translation>Dask 调度器地址（留空：使用提供程序设置）</translation>
    </message>
    <message>
      <source>Classes</source>
      <translation>分级</translation>
    </message>
    <message>
      <source>Region (and year) table</source>
      <translation>区域（及年份）数据表</translation>
    </message>
    <message>
      <source>Region key in the table</source>
      <translation>数据表中的区域关键字段</translation>
    </message>
    <message>
      <source>Region polygons</source>
      <translation>区域面图层</translation>
    </message>
    <message>
      <source>Region key in the polygons</source>
      <translation>面图层中的区域关键字段</translation>
    </message>
    <message>
      <source>Time (year) field</source>
      <translation>时间（年份）字段</translation>
    </message>
    <message>
      <source>Fields to join (empty = all)</source>
      <translation>连接字段（留空 = 全部）</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>布局</translation>
    </message>
    <message>
      <source>Wide: one feature per region, a field per year</source>
      <translation>宽表：每个区域一个要素，每年一个字段</translation>
    </message>
    <message>
      <source>Long: one feature per region and year</source>
      <translation>长表：每个区域每年一个要素</translation>
    </message>
    <message>
      <source>Key matching</source>
      <translation>关键字段匹配方式</translation>
    </message>
    <message>
      <source>Exact</source>
      <translation>精确匹配</translation>
    </message>
    <message>
      <source>Ignore case, spaces, _ - .</source>
      <translation>忽略大小写、空格及 _ - .</translation>
    </message>
    <message>
      <source>Grade field to style by</source>
      <translation>用于符号化的等级字段</translation>
    </message>
    <message>
      <source>Grade label field</source>
      <translation>等级标签字段</translation>
    </message>
    <message>
      <source>Keep regions without data</source>
      <translation>保留无数据的区域</translation>
    </message>
    <message>
      <source>Graded map</source>
      <translation>分级专题图</translation>
    </message>
    <message>
      <source>Factor raster</source>
      <translation>因子栅格</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>方法</translation>
    </message>
    <message>
      <source>Table (value or range = score)</source>
      <translation>对照表（值或值域 = 得分）</translation>
    </message>
    <message>
      <source>Manual breaks</source>
      <translation>手动断点</translation>
    </message>
    <message>
      <source>Number of classes</source>
      <translation>分级数</translation>
    </message>
    <message>
      <source>Table (value=score; min,max=score)</source>
      <translation>对照表（value=score; min,max=score）</translation>
    </message>
    <message>
      <source>Manual breaks (ascending)</source>
      <translation>手动断点（升序）</translation>
    </message>
    <message>
      <source>High values get high scores</source>
      <translation>高值赋高分</translation>
    </message>
    <message>
      <source>Values not in the table become nodata</source>
      <translation>表中未列出的值设为无数据</translation>
    </message>
    <message>
      <source>Scores</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Reference grid</source>
      <translation>参考栅格</translation>
    </message>
    <message>
      <source>Features (roads, rivers, mining areas)</source>
      <translation>要素（道路、河流、矿区）</translation>
    </message>
    <message>
      <source>Burn all cells the features touch</source>
      <translation>烧录要素接触的所有像元</translation>
    </message>
    <message>
      <source>Target raster</source>
      <translation>目标栅格</translation>
    </message>
    <message>
      <source>Target values of the raster (comma separated)</source>
      <translation>栅格的目标值（逗号分隔）</translation>
    </message>
    <message>
      <source>Maximum distance (0 = none)</source>
      <translation>最大距离（0 = 不限）</translation>
    </message>
    <message>
      <source>Distance</source>
      <translation>距离</translation>
    </message>
    <message>
      <source>Pairwise comparison matrix</source>
      <translation>两两比较判断矩阵</translation>
    </message>
    <message>
      <source>Factor names (comma separated)</source>
      <translation>因子名称（逗号分隔）</translation>
    </message>
    <message>
      <source>Allow CR &gt;= 0.10</source>
      <translation>允许 CR &gt;= 0.10</translation>
    </message>
    <message>
      <source>AHP weights</source>
      <translation>层次分析法权重</translation>
    </message>
    <message>
      <source>Consistency ratio</source>
      <translation>一致性比率</translation>
    </message>
    <message>
      <source>Consistency index</source>
      <translation>一致性指标</translation>
    </message>
    <message>
      <source>Principal eigenvalue</source>
      <translation>最大特征值</translation>
    </message>
    <message>
      <source>Factor score rasters</source>
      <translation>因子得分栅格</translation>
    </message>
    <message>
      <source>Weights (comma separated, in factor order)</source>
      <translation>权重（逗号分隔，按因子顺序）</translation>
    </message>
    <message>
      <source>Weights table (from ahpweights)</source>
      <translation>权重表（来自 ahpweights）</translation>
    </message>
    <message>
      <source>Correction coefficient rasters</source>
      <translation>修正系数栅格</translation>
    </message>
    <message>
      <source>Reference grid (default: first factor)</source>
      <translation>参考栅格（默认：第一个因子）</translation>
    </message>
    <message>
      <source>Rescale to range</source>
      <translation>重缩放至区间</translation>
    </message>
    <message>
      <source>Resistance</source>
      <translation>阻力面</translation>
    </message>
    <message>
      <source>Panel table (regions x years)</source>
      <translation>面板数据表（区域 × 年份）</translation>
    </message>
    <message>
      <source>Value field</source>
      <translation>数值字段</translation>
    </message>
    <message>
      <source>Time field</source>
      <translation>时间字段</translation>
    </message>
    <message>
      <source>Group field</source>
      <translation>分组字段</translation>
    </message>
    <message>
      <source>Region field (checks one row per region and period)</source>
      <translation>区域字段（检查每个区域每期仅一行）</translation>
    </message>
    <message>
      <source>Bandwidth</source>
      <translation>带宽</translation>
    </message>
    <message>
      <source>Silverman 0.9 min(sd, IQR/1.349) n^-1/5</source>
      <translation>Silverman 法则 0.9 min(sd, IQR/1.349) n^-1/5</translation>
    </message>
    <message>
      <source>Scott 1.06 min(sd, IQR/1.349) n^-1/5</source>
      <translation>Scott 法则 1.06 min(sd, IQR/1.349) n^-1/5</translation>
    </message>
    <message>
      <source>Fixed value</source>
      <translation>固定值</translation>
    </message>
    <message>
      <source>Fixed bandwidth</source>
      <translation>固定带宽</translation>
    </message>
    <message>
      <source>Density curves</source>
      <translation>密度曲线</translation>
    </message>
    <message>
      <source>Peaks and spread</source>
      <translation>波峰与离散程度</translation>
    </message>
    <message>
      <source>Report (HTML)</source>
      <translation>报告（HTML）</translation>
    </message>
    <message>
      <source>Unit (region) field</source>
      <translation>个体（区域）字段</translation>
    </message>
    <message>
      <source>Variables</source>
      <translation>变量</translation>
    </message>
    <message>
      <source>Tests</source>
      <translation>检验方法</translation>
    </message>
    <message>
      <source>Im-Pesaran-Shin W-tbar</source>
      <translation>Im-Pesaran-Shin W-tbar</translation>
    </message>
    <message>
      <source>Levin-Lin-Chu</source>
      <translation>Levin-Lin-Chu</translation>
    </message>
    <message>
      <source>Harris-Tzavalis</source>
      <translation>Harris-Tzavalis</translation>
    </message>
    <message>
      <source>Fisher-ADF (P, Z, L*, Pm)</source>
      <translation>Fisher-ADF（P, Z, L*, Pm）</translation>
    </message>
    <message>
      <source>Fisher-PP (P, Z, L*, Pm)</source>
      <translation>Fisher-PP（P, Z, L*, Pm）</translation>
    </message>
    <message>
      <source>Hadri</source>
      <translation>Hadri</translation>
    </message>
    <message>
      <source>Deterministic terms</source>
      <translation>确定性项</translation>
    </message>
    <message>
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Intercept</source>
      <translation>截距项</translation>
    </message>
    <message>
      <source>Intercept and trend</source>
      <translation>截距项和趋势项</translation>
    </message>
    <message>
      <source>Lags</source>
      <translation>滞后阶数</translation>
    </message>
    <message>
      <source>Lag selection</source>
      <translation>滞后阶数选择</translation>
    </message>
    <message>
      <source>Fixed</source>
      <translation>固定</translation>
    </message>
    <message>
      <source>AIC</source>
      <translation>AIC</translation>
    </message>
    <message>
      <source>SIC (BIC)</source>
      <translation>SIC（BIC）</translation>
    </message>
    <message>
      <source>Hall</source>
      <translation>Hall</translation>
    </message>
    <message>
      <source>Also test first differences</source>
      <translation>同时检验一阶差分</translation>
    </message>
    <message>
      <source>Unit-root tests</source>
      <translation>单位根检验</translation>
    </message>
    <message>
      <source>Region field</source>
      <translation>区域字段</translation>
    </message>
    <message>
      <source>Variables (Cholesky order)</source>
      <translation>变量（Cholesky 排序）</translation>
    </message>
    <message>
      <source>Exogenous variables</source>
      <translation>外生变量</translation>
    </message>
    <message>
      <source>Lag selection up to</source>
      <translation>滞后阶数选择上限</translation>
    </message>
    <message>
      <source>Fixed-effect transformation</source>
      <translation>固定效应变换</translation>
    </message>
    <message>
      <source>Forward orthogonal deviations</source>
      <translation>前向正交离差变换</translation>
    </message>
    <message>
      <source>First differences</source>
      <translation>一阶差分</translation>
    </message>
    <message>
      <source>First instrument lag</source>
      <translation>工具变量起始滞后阶</translation>
    </message>
    <message>
      <source>Last instrument lag</source>
      <translation>工具变量终止滞后阶</translation>
    </message>
    <message>
      <source>Collapse instruments</source>
      <translation>折叠工具变量</translation>
    </message>
    <message>
      <source>GMM steps</source>
      <translation>GMM 估计步骤</translation>
    </message>
    <message>
      <source>One-step</source>
      <translation>一步法</translation>
    </message>
    <message>
      <source>Two-step</source>
      <translation>两步法</translation>
    </message>
    <message>
      <source>Take logs</source>
      <translation>取对数</translation>
    </message>
    <message>
      <source>Horizon</source>
      <translation>响应期数</translation>
    </message>
    <message>
      <source>Bootstrap draws</source>
      <translation>自助抽样次数</translation>
    </message>
    <message>
      <source>Random seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <source>Coefficients</source>
      <translation>系数</translation>
    </message>
    <message>
      <source>Granger causality</source>
      <translation>格兰杰因果检验</translation>
    </message>
    <message>
      <source>Impulse responses</source>
      <translation>脉冲响应</translation>
    </message>
    <message>
      <source>Variance decomposition</source>
      <translation>方差分解</translation>
    </message>
    <message>
      <source>Hansen J</source>
      <translation>Hansen J 统计量</translation>
    </message>
    <message>
      <source>Hansen J p-value</source>
      <translation>Hansen J 检验 p 值</translation>
    </message>
    <message>
      <source>Largest companion modulus</source>
      <translation>伴随矩阵特征值的最大模</translation>
    </message>
    <message>
      <source>Held-out periods</source>
      <translation>留出检验期数</translation>
    </message>
    <message>
      <source>Forecast to (period)</source>
      <translation>预测至（时期）</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>模型</translation>
    </message>
    <message>
      <source>Last value</source>
      <translation>末期值</translation>
    </message>
    <message>
      <source>Linear trend per unit</source>
      <translation>分区域线性趋势</translation>
    </message>
    <message>
      <source>Pooled AR(1)</source>
      <translation>混合 AR(1)</translation>
    </message>
    <message>
      <source>LSTM (PyTorch)</source>
      <translation>LSTM（PyTorch）</translation>
    </message>
    <message>
      <source>LSTM window</source>
      <translation>LSTM 时间窗口</translation>
    </message>
    <message>
      <source>LSTM epochs</source>
      <translation>LSTM 训练轮数</translation>
    </message>
    <message>
      <source>History and forecasts</source>
      <translation>历史值与预测值</translation>
    </message>
    <message>
      <source>Model scores</source>
      <translation>模型评分</translation>
    </message>
    <message>
      <source>Resistance surface</source>
      <translation>阻力面</translation>
    </message>
    <message>
      <source>The raster holds conductances</source>
      <translation>栅格为电导值</translation>
    </message>
    <message>
      <source>Focal nodes (id raster)</source>
      <translation>焦点节点（ID 栅格）</translation>
    </message>
    <message>
      <source>Focal nodes (points)</source>
      <translation>焦点节点（点）</translation>
    </message>
    <message>
      <source>Focal node id field (points)</source>
      <translation>焦点节点 ID 字段（点）</translation>
    </message>
    <message>
      <source>Focal nodes (polygons)</source>
      <translation>焦点节点（面）</translation>
    </message>
    <message>
      <source>Focal node id field (polygons)</source>
      <translation>焦点节点 ID 字段（面）</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>模式</translation>
    </message>
    <message>
      <source>Pairwise</source>
      <translation>成对模式</translation>
    </message>
    <message>
      <source>One-to-all</source>
      <translation>一对多模式</translation>
    </message>
    <message>
      <source>All-to-one</source>
      <translation>多对一模式</translation>
    </message>
    <message>
      <source>Advanced (sources and grounds)</source>
      <translation>高级模式（电流源与接地）</translation>
    </message>
    <message>
      <source>Current sources (advanced)</source>
      <translation>电流源（高级模式）</translation>
    </message>
    <message>
      <source>Grounds (advanced)</source>
      <translation>接地（高级模式）</translation>
    </message>
    <message>
      <source>Grounds hold conductances</source>
      <translation>接地栅格为电导值</translation>
    </message>
    <message>
      <source>Neighbours</source>
      <translation>邻域</translation>
    </message>
    <message>
      <source>Eight</source>
      <translation>八邻域</translation>
    </message>
    <message>
      <source>Four</source>
      <translation>四邻域</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>平均方式</translation>
    </message>
    <message>
      <source>Conductances</source>
      <translation>电导</translation>
    </message>
    <message>
      <source>Resistances</source>
      <translation>电阻</translation>
    </message>
    <message>
      <source>Short-circuit regions</source>
      <translation>短路区域</translation>
    </message>
    <message>
      <source>Mask</source>
      <translation>掩膜</translation>
    </message>
    <message>
      <source>Pairs to solve (from_id, to_id)</source>
      <translation>待求解的节点对（from_id, to_id）</translation>
    </message>
    <message>
      <source>Solver</source>
      <translation>求解器</translation>
    </message>
    <message>
      <source>Auto</source>
      <translation>自动</translation>
    </message>
    <message>
      <source>Direct sparse factorisation</source>
      <translation>直接稀疏分解</translation>
    </message>
    <message>
      <source>CG with algebraic multigrid (pyamg)</source>
      <translation>代数多重网格预条件共轭梯度法（pyamg）</translation>
    </message>
    <message>
      <source>Cumulative current</source>
      <translation>累积电流</translation>
    </message>
    <message>
      <source>Maximum current</source>
      <translation>最大电流</translation>
    </message>
    <message>
      <source>Effective resistances</source>
      <translation>有效电阻</translation>
    </message>
    <message>
      <source>Per-pair maps</source>
      <translation>逐对电流图</translation>
    </message>
    <message>
      <source>Sources: raster of source ids</source>
      <translation>源地：源地 ID 栅格</translation>
    </message>
    <message>
      <source>Sources: polygons (instead of the raster)</source>
      <translation>源地：面图层（替代栅格）</translation>
    </message>
    <message>
      <source>Source id field (polygons)</source>
      <translation>源地 ID 字段（面）</translation>
    </message>
    <message>
      <source>Adjacency</source>
      <translation>邻接方式</translation>
    </message>
    <message>
      <source>Cost-allocation zones touch</source>
      <translation>成本分配区相邻</translation>
    </message>
    <message>
      <source>Euclidean allocation zones touch</source>
      <translation>欧氏分配区相邻</translation>
    </message>
    <message>
      <source>All pairs within MAX_EUCLIDEAN</source>
      <translation>MAX_EUCLIDEAN 范围内的所有源地对</translation>
    </message>
    <message>
      <source>Maximum edge-to-edge distance (0 = none)</source>
      <translation>最大边缘间距离（0 = 不限）</translation>
    </message>
    <message>
      <source>Maximum cost-weighted distance (0 = none)</source>
      <translation>最大成本加权距离（0 = 不限）</translation>
    </message>
    <message>
      <source>Corridor width, cost distance (0 = none)</source>
      <translation>廊道宽度，成本距离（0 = 不限）</translation>
    </message>
    <message>
      <source>Keep links that cross a third source</source>
      <translation>保留穿越第三个源地的连接</translation>
    </message>
    <message>
      <source>Nearest neighbours per source (0 = all)</source>
      <translation>每个源地的最近邻连接数（0 = 全部）</translation>
    </message>
    <message>
      <source>Least-cost links</source>
      <translation>最小成本连接</translation>
    </message>
    <message>
      <source>Corridors</source>
      <translation>生态廊道</translation>
    </message>
    <message>
      <source>Cost-distance rasters</source>
      <translation>成本距离栅格</translation>
    </message>
    <message>
      <source>Link resistance field (default lcd)</source>
      <translation>连接阻力字段（默认 lcd）</translation>
    </message>
    <message>
      <source>Importance levels</source>
      <translation>重要性等级</translation>
    </message>
    <message>
      <source>Link centrality</source>
      <translation>连接中心度</translation>
    </message>
    <message>
      <source>Source centrality</source>
      <translation>源地中心度</translation>
    </message>
    <message>
      <source>Corridor width (normalised cost distance)</source>
      <translation>廊道宽度（归一化成本距离）</translation>
    </message>
    <message>
      <source>All pairs over the corridor network</source>
      <translation>在整个廊道网络上计算所有源地对</translation>
    </message>
    <message>
      <source>Pinch points</source>
      <translation>夹点</translation>
    </message>
    <message>
      <source>Corridor effective resistances</source>
      <translation>廊道有效电阻</translation>
    </message>
    <message>
      <source>Minimum radius (map units)</source>
      <translation>最小半径（地图单位）</translation>
    </message>
    <message>
      <source>Maximum radius (map units)</source>
      <translation>最大半径（地图单位）</translation>
    </message>
    <message>
      <source>Radius step (map units)</source>
      <translation>半径步长（地图单位）</translation>
    </message>
    <message>
      <source>Combine links by</source>
      <translation>连接合并方式</translation>
    </message>
    <message>
      <source>Maximum</source>
      <translation>最大值</translation>
    </message>
    <message>
      <source>Sum</source>
      <translation>求和</translation>
    </message>
    <message>
      <source>Restored area</source>
      <translation>修复区域形状</translation>
    </message>
    <message>
      <source>Circle</source>
      <translation>圆形</translation>
    </message>
    <message>
      <source>Ring (Linkage Mapper)</source>
      <translation>环形（Linkage Mapper）</translation>
    </message>
    <message>
      <source>Percent of</source>
      <translation>百分比计算依据</translation>
    </message>
    <message>
      <source>Improvement</source>
      <translation>改善值</translation>
    </message>
    <message>
      <source>Score (Linkage Mapper)</source>
      <translation>得分（Linkage Mapper）</translation>
    </message>
    <message>
      <source>Improvement score</source>
      <translation>改善得分</translation>
    </message>
    <message>
      <source>Percent improvement</source>
      <translation>改善百分比</translation>
    </message>
    <message>
      <source>Best radius</source>
      <translation>最佳半径</translation>
    </message>
    <message>
      <source>Score raster</source>
      <translation>得分栅格</translation>
    </message>
    <message>
      <source>Natural-breaks classes</source>
      <translation>自然断点分级数</translation>
    </message>
    <message>
      <source>Only within corridors</source>
      <translation>仅限廊道范围内</translation>
    </message>
    <message>
      <source>Land use</source>
      <translation>土地利用</translation>
    </message>
    <message>
      <source>Land-use names (code=name; ...)</source>
      <translation>土地利用类型名称（code=name; ...）</translation>
    </message>
    <message>
      <source>Administrative units</source>
      <translation>行政单元</translation>
    </message>
    <message>
      <source>Unit name field</source>
      <translation>单元名称字段</translation>
    </message>
    <message>
      <source>Key areas</source>
      <translation>关键区</translation>
    </message>
    <message>
      <source>Key areas by unit</source>
      <translation>按行政单元统计的关键区</translation>
    </message>
    <message>
      <source>Habitat map</source>
      <translation>生境图</translation>
    </message>
    <message>
      <source>Foreground values</source>
      <translation>前景值</translation>
    </message>
    <message>
      <source>Missing values</source>
      <translation>缺失值</translation>
    </message>
    <message>
      <source>Foreground connectivity</source>
      <translation>前景连通规则</translation>
    </message>
    <message>
      <source>Edge width (pixels)</source>
      <translation>边缘宽度（像元）</translation>
    </message>
    <message>
      <source>Transition</source>
      <translation>过渡像元</translation>
    </message>
    <message>
      <source>Internal / external</source>
      <translation>内部 / 外部</translation>
    </message>
    <message>
      <source>MSPA</source>
      <translation>MSPA</translation>
    </message>
    <message>
      <source>MSPA classes</source>
      <translation>MSPA 景观类型</translation>
    </message>
    <message>
      <source>Patches: raster of patch labels or MSPA output</source>
      <translation>斑块：斑块标识栅格或 MSPA 输出</translation>
    </message>
    <message>
      <source>Patches: polygons (instead of the raster)</source>
      <translation>斑块：面图层（替代栅格）</translation>
    </message>
    <message>
      <source>Patch id field (polygons)</source>
      <translation>斑块 ID 字段（面）</translation>
    </message>
    <message>
      <source>Raster holds</source>
      <translation>栅格内容</translation>
    </message>
    <message>
      <source>Patch labels</source>
      <translation>斑块标识</translation>
    </message>
    <message>
      <source>MSPA output (core)</source>
      <translation>MSPA 输出（核心区）</translation>
    </message>
    <message>
      <source>Connectivity of patch cells</source>
      <translation>斑块像元连通规则</translation>
    </message>
    <message>
      <source>Attribute (default: area)</source>
      <translation>属性（默认：面积）</translation>
    </message>
    <message>
      <source>Edge to edge</source>
      <translation>边缘到边缘</translation>
    </message>
    <message>
      <source>Centroid to centroid</source>
      <translation>质心到质心</translation>
    </message>
    <message>
      <source>IIC link distance</source>
      <translation>IIC 连接距离</translation>
    </message>
    <message>
      <source>PC distance</source>
      <translation>PC 距离</translation>
    </message>
    <message>
      <source>PC probability at that distance</source>
      <translation>该距离下的 PC 连通概率</translation>
    </message>
    <message>
      <source>Longest direct link (0 = all pairs)</source>
      <translation>最长直接连接（0 = 全部斑块对）</translation>
    </message>
    <message>
      <source>Landscape area A_L (0 = not given)</source>
      <translation>景观总面积 A_L（0 = 不指定）</translation>
    </message>
    <message>
      <source>Patch importance</source>
      <translation>斑块重要性</translation>
    </message>
    <message>
      <source>Connectivity indices</source>
      <translation>连通性指数</translation>
    </message>
    <message>
      <source>Patches with area and dPC</source>
      <translation>带面积和 dPC 的斑块</translation>
    </message>
    <message>
      <source>Area field</source>
      <translation>面积字段</translation>
    </message>
    <message>
      <source>dPC field</source>
      <translation>dPC 字段</translation>
    </message>
    <message>
      <source>Minimum area</source>
      <translation>最小面积</translation>
    </message>
    <message>
      <source>Minimum dPC</source>
      <translation>最小 dPC</translation>
    </message>
    <message>
      <source>Mandatory areas (red line, reserves)</source>
      <translation>强制纳入区域（生态保护红线、自然保护区）</translation>
    </message>
    <message>
      <source>Ecological sources</source>
      <translation>生态源地</translation>
    </message>
    <message>
      <source>Source ids (raster)</source>
      <translation>源地 ID（栅格）</translation>
    </message>
    <message>
      <source>Source strengths</source>
      <translation>源强度</translation>
    </message>
    <message>
      <source>Derive the sources from the resistance</source>
      <translation>由阻力面推导源强度</translation>
    </message>
    <message>
      <source>Largest resistance that is a source (none: all)</source>
      <translation>可作为源的最大阻力值（不设置：全部）</translation>
    </message>
    <message>
      <source>Radius (cells)</source>
      <translation>半径（像元）</translation>
    </message>
    <message>
      <source>Block size (cells)</source>
      <translation>块大小（像元）</translation>
    </message>
    <message>
      <source>Buffer (cells)</source>
      <translation>缓冲区（像元）</translation>
    </message>
    <message>
      <source>Source threshold</source>
      <translation>源强度阈值</translation>
    </message>
    <message>
      <source>Four neighbours only</source>
      <translation>仅四邻域</translation>
    </message>
    <message>
      <source>Correct block artifacts</source>
      <translation>校正分块伪影</translation>
    </message>
    <message>
      <source>Keep nodata as nodata</source>
      <translation>保持无数据像元为无数据</translation>
    </message>
    <message>
      <source>Condition %d</source>
      <translation>条件 %d</translation>
    </message>
    <message>
      <source>Condition %d (future)</source>
      <translation>条件 %d（未来）</translation>
    </message>
    <message>
      <source>Comparison %d</source>
      <translation>比较方式 %d</translation>
    </message>
    <message>
      <source>Condition %d lower</source>
      <translation>条件 %d 下限</translation>
    </message>
    <message>
      <source>Condition %d upper</source>
      <translation>条件 %d 上限</translation>
    </message>
    <message>
      <source>Compare to future</source>
      <translation>与未来条件比较</translation>
    </message>
    <message>
      <source>Reclassification table</source>
      <translation>重分类表</translation>
    </message>
    <message>
      <source>Single precision</source>
      <translation>单精度</translation>
    </message>
    <message>
      <source>Condition 1</source>
      <translation>条件 1</translation>
    </message>
    <message>
      <source>Condition 1 (future)</source>
      <translation>条件 1（未来）</translation>
    </message>
    <message>
      <source>Comparison 1</source>
      <translation>比较方式 1</translation>
    </message>
    <message>
      <source>within</source>
      <translation>区间内</translation>
    </message>
    <message>
      <source>equal</source>
      <translation>相等</translation>
    </message>
    <message>
      <source>Condition 1 lower</source>
      <translation>条件 1 下限</translation>
    </message>
    <message>
      <source>Condition 1 upper</source>
      <translation>条件 1 上限</translation>
    </message>
    <message>
      <source>Condition 2</source>
      <translation>条件 2</translation>
    </message>
    <message>
      <source>Condition 2 (future)</source>
      <translation>条件 2（未来）</translation>
    </message>
    <message>
      <source>Comparison 2</source>
      <translation>比较方式 2</translation>
    </message>
    <message>
      <source>Condition 2 lower</source>
      <translation>条件 2 下限</translation>
    </message>
    <message>
      <source>Condition 2 upper</source>
      <translation>条件 2 上限</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>first</source>
      <translation>第一个</translation>
    </message>
    <message>
      <source>second</source>
      <translation>第二个</translation>
    </message>
    <message>
      <source>both</source>
      <translation>两者</translation>
    </message>
    <message>
      <source>Flow potential</source>
      <translation>流动潜力</translation>
    </message>
    <message>
      <source>Normalised current</source>
      <translation>标准化电流</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>源地</translation>
    </message>
    <message>
      <source>Corridors (least-cost links)</source>
      <translation>生态廊道（最小成本连接）</translation>
    </message>
    <message>
      <source>Key areas to protect</source>
      <translation>生态保护关键区</translation>
    </message>
    <message>
      <source>Key areas to restore</source>
      <translation>生态修复关键区</translation>
    </message>
    <message>
      <source>Current (Circuitscape)</source>
      <translation>电流（Circuitscape）</translation>
    </message>
    <message>
      <source>Barriers</source>
      <translation>障碍点</translation>
    </message>
    <message>
      <source>Key areas to protect by unit</source>
      <translation>按行政单元统计的生态保护关键区</translation>
    </message>
    <message>
      <source>Key areas to restore by unit</source>
      <translation>按行政单元统计的生态修复关键区</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Map width (pixels)</source>
      <translation>地图宽度（像素）</translation>
    </message>
    <message>
      <source>Network report</source>
      <translation>生态安全网络报告</translation>
    </message>
    <message>
      <source>Coupling table</source>
      <translation>耦合协调度表</translation>
    </message>
    <message>
      <source>Region key</source>
      <translation>区域关键字段</translation>
    </message>
    <message>
      <source>Coordination degree field (default D)</source>
      <translation>耦合协调度字段（默认 D）</translation>
    </message>
    <message>
      <source>Grade number field</source>
      <translation>等级编号字段</translation>
    </message>
    <message>
      <source>Weight tables</source>
      <translation>权重表</translation>
    </message>
    <message>
      <source>Times to map (e.g. 2010;2015;2020)</source>
      <translation>制图时间（例如 2010;2015;2020）</translation>
    </message>
    <message>
      <source>Coupling report</source>
      <translation>耦合协调报告</translation>
    </message>
    <message>
      <source>Indicator table (regions x years)</source>
      <translation>指标表（区域 × 年份）</translation>
    </message>
    <message>
      <source>Year field</source>
      <translation>年份字段</translation>
    </message>
    <message>
      <source>System 1: positive indicators</source>
      <translation>系统 1：正向指标</translation>
    </message>
    <message>
      <source>System 1: negative indicators</source>
      <translation>系统 1：负向指标</translation>
    </message>
    <message>
      <source>System 2: positive indicators</source>
      <translation>系统 2：正向指标</translation>
    </message>
    <message>
      <source>System 2: negative indicators</source>
      <translation>系统 2：负向指标</translation>
    </message>
    <message>
      <source>Composite index U1</source>
      <translation>综合指数 U1</translation>
    </message>
    <message>
      <source>Indicator weights of system 1</source>
      <translation>系统 1 指标权重</translation>
    </message>
    <message>
      <source>Composite index U2</source>
      <translation>综合指数 U2</translation>
    </message>
    <message>
      <source>Indicator weights of system 2</source>
      <translation>系统 2 指标权重</translation>
    </message>
    <message>
      <source>Coupling coordination table</source>
      <translation>耦合协调度表</translation>
    </message>
    <message>
      <source>Two systems of indicators (e.g. ecological security and rural revitalisation) over regions and years: entropy-weighted composite indices U1 and U2 with pooled panel weights, their coupling C, T and coordination degree D graded on the ten-level table, joined to region polygons as a wide graded map (D_&lt;year&gt; fields, styled by the last year).</source>
      <translation>两个系统的指标（如生态安全与乡村振兴）按区域和年份组织：以面板整体统一权重的熵权法计算综合指数 U1 和 U2，计算其耦合度 C、综合发展指数 T 及耦合协调度 D，并按十级分类表划分等级，再连接到区域面图层，生成宽表形式的分级专题图（D_&lt;year&gt; 字段，按最后一年符号化）。</translation>
    </message>
    <message>
      <source>Indicator table: one row per region and year.</source>
      <translation>指标表：每个区域每年一行。</translation>
    </message>
    <message>
      <source>Region key of the indicator table.</source>
      <translation>指标表的区域关键字段。</translation>
    </message>
    <message>
      <source>Year field.</source>
      <translation>年份字段。</translation>
    </message>
    <message>
      <source>Indicators of system 1 for which more is better.</source>
      <translation>系统 1 中越大越好的指标。</translation>
    </message>
    <message>
      <source>Indicators of system 1 for which less is better.</source>
      <translation>系统 1 中越小越好的指标。</translation>
    </message>
    <message>
      <source>Indicators of system 2 for which more is better.</source>
      <translation>系统 2 中越大越好的指标。</translation>
    </message>
    <message>
      <source>Indicators of system 2 for which less is better.</source>
      <translation>系统 2 中越小越好的指标。</translation>
    </message>
    <message>
      <source>Region polygons for the graded map.</source>
      <translation>用于分级专题图的区域面图层。</translation>
    </message>
    <message>
      <source>Region key of the polygons (matched to the table's key).</source>
      <translation>面图层的区域关键字段（与数据表的关键字段匹配）。</translation>
    </message>
    <message>
      <source>QGIS project of the outputs</source>
      <translation>输出结果的 QGIS 工程</translation>
    </message>
    <message>
      <source>QGIS project (*.qgz)</source>
      <translation>QGIS 工程 (*.qgz)</translation>
    </message>
    <message>
      <source>Report (maps and tables, HTML)</source>
      <translation>报告（地图与表格，HTML）</translation>
    </message>
    <message>
      <source>HTML files (*.html)</source>
      <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
      <source>Optional: a QGIS project (.qgz) with every output styled, grouped and drawn points and lines above polygons above rasters; it opens in QGIS with a double-click. Outputs left temporary are then written into a folder beside it (&lt;project&gt;_outputs), so that the project keeps them.</source>
      <translation>可选：包含全部输出结果的 QGIS 工程（.qgz），每个图层均已符号化并分组，绘制顺序为点和线在面之上、面在栅格之上；双击即可在 QGIS 中打开。此时未指定文件名的临时输出会写入工程旁的文件夹（&lt;project&gt;_outputs），以便工程保留这些结果。</translation>
    </message>
    <message>
      <source>Optional: one HTML page with the maps and the tables of the results (as the report tool of this stage writes it).</source>
      <translation>可选：一个包含结果地图与表格的 HTML 页面（与本阶段的报告工具所写的相同）。</translation>
    </message>
    <message>
      <source>Coupling table (output of couplingcoordination)</source>
      <translation>耦合表（couplingcoordination 的输出）</translation>
    </message>
    <message>
      <source>Coordination degree field (D)</source>
      <translation>耦合协调度字段（D）</translation>
    </message>
    <message>
      <source>System index fields (U1, U2, ...)</source>
      <translation>系统指数字段（U1, U2, ...）</translation>
    </message>
    <message>
      <source>Forecast to year</source>
      <translation>预测至年份</translation>
    </message>
    <message>
      <source>Kernel density of D</source>
      <translation>D 的核密度估计</translation>
    </message>
    <message>
      <source>Density peaks and spread</source>
      <translation>密度波峰与离散程度</translation>
    </message>
    <message>
      <source>Kernel density report</source>
      <translation>核密度估计报告</translation>
    </message>
    <message>
      <source>Panel unit-root tests</source>
      <translation>面板单位根检验</translation>
    </message>
    <message>
      <source>Unit-root report</source>
      <translation>单位根检验报告</translation>
    </message>
    <message>
      <source>Panel VAR of the systems</source>
      <translation>系统间面板向量自回归</translation>
    </message>
    <message>
      <source>Panel VAR coefficients</source>
      <translation>面板向量自回归系数</translation>
    </message>
    <message>
      <source>Panel VAR report</source>
      <translation>面板向量自回归报告</translation>
    </message>
    <message>
      <source>Forecasts of D</source>
      <translation>D 的预测值</translation>
    </message>
    <message>
      <source>Forecast scores</source>
      <translation>预测评分</translation>
    </message>
    <message>
      <source>Forecast report</source>
      <translation>预测报告</translation>
    </message>
    <message>
      <source>From a coupling-coordination table (regions x years): how the distribution of D moves (kernel density by year), whether the indices are stationary (panel unit-root tests, levels and first differences), whether the systems drive each other (a panel VAR of the system indices with collapsed instruments lagged 2-4, as suits a few dozen regions, with impulse responses and variance decomposition) and where D is heading (forecasts to the target year).</source>
      <translation>基于耦合协调度表（区域 × 年份）：分析 D 的分布如何演变（逐年核密度估计），各指数是否平稳（面板单位根检验，含水平值与一阶差分），各系统之间是否相互驱动（以滞后 2-4 阶的折叠工具变量估计系统指数的面板向量自回归，适合数十个区域的样本，并给出脉冲响应与方差分解），以及 D 的未来走向（预测至目标年份）。</translation>
    </message>
    <message>
      <source>The coupling-coordination table (output of couplingcoordination).</source>
      <translation>耦合协调度表（couplingcoordination 的输出）。</translation>
    </message>
    <message>
      <source>Region field.</source>
      <translation>区域字段。</translation>
    </message>
    <message>
      <source>The coordination degree field (D).</source>
      <translation>耦合协调度字段（D）。</translation>
    </message>
    <message>
      <source>The system index fields (U1, U2, ...).</source>
      <translation>系统指数字段（U1, U2, ...）。</translation>
    </message>
    <message>
      <source>The year to forecast to.</source>
      <translation>预测目标年份。</translation>
    </message>
    <message>
      <source>Habitat values</source>
      <translation>生境值</translation>
    </message>
    <message>
      <source>MSPA edge width (pixels)</source>
      <translation>MSPA 边缘宽度（像元）</translation>
    </message>
    <message>
      <source>Dispersal distance (IIC link, PC 0.5)</source>
      <translation>扩散距离（IIC 连接阈值，PC 概率 0.5）</translation>
    </message>
    <message>
      <source>Longest direct link</source>
      <translation>最长直接连接</translation>
    </message>
    <message>
      <source>Minimum source area</source>
      <translation>源地最小面积</translation>
    </message>
    <message>
      <source>MSPA classes (raster)</source>
      <translation>MSPA 景观类型（栅格）</translation>
    </message>
    <message>
      <source>MSPA class areas</source>
      <translation>MSPA 各类型面积</translation>
    </message>
    <message>
      <source>Patch connectivity</source>
      <translation>斑块连通性</translation>
    </message>
    <message>
      <source>Patch importance (dPC, dIIC)</source>
      <translation>斑块重要性（dPC, dIIC）</translation>
    </message>
    <message>
      <source>Select sources</source>
      <translation>筛选源地</translation>
    </message>
    <message>
      <source>A habitat map (e.g. forest / non-forest) to ecological sources: MSPA with GuidosToolbox's rules, its core cut into patches, their importance for connectivity (dIIC, dPC as Conefor), and the patches above the area and dPC thresholds with their importance levels, also as a raster of source ids on the reference grid for the corridor tools.</source>
      <translation>由生境图（如林地 / 非林地）识别生态源地：按 GuidosToolbox 的规则进行 MSPA 分析，将其核心区切分为斑块，计算斑块对连通性的重要性（dIIC、dPC，与 Conefor 一致），筛选面积和 dPC 超过阈值的斑块并划分重要性等级，同时在参考栅格上输出源地 ID 栅格，供廊道工具使用。</translation>
    </message>
    <message>
      <source>The grid of the source raster (e.g. the resistance surface).</source>
      <translation>源地栅格所采用的栅格网格（如阻力面）。</translation>
    </message>
    <message>
      <source>Habitat map (e.g. forest / non-forest) for MSPA.</source>
      <translation>用于 MSPA 的生境图（如林地 / 非林地）。</translation>
    </message>
    <message>
      <source>Values of the habitat map that are habitat (MSPA foreground), e.g. '2'.</source>
      <translation>生境图中属于生境（MSPA 前景）的值，例如 '2'。</translation>
    </message>
    <message>
      <source>MSPA edge width in pixels.</source>
      <translation>MSPA 边缘宽度（像元数）。</translation>
    </message>
    <message>
      <source>Dispersal distance in map units: the IIC link threshold and the distance at which PC's probability is 0.5.</source>
      <translation>扩散距离（地图单位）：即 IIC 的连接阈值，以及 PC 连通概率为 0.5 时的距离。</translation>
    </message>
    <message>
      <source>Patches farther apart are not linked directly (map units).</source>
      <translation>距离超过此值的斑块之间不建立直接连接（地图单位）。</translation>
    </message>
    <message>
      <source>Smallest area of a source (map units squared).</source>
      <translation>源地的最小面积（地图单位的平方）。</translation>
    </message>
    <message>
      <source>Smallest dPC (percent) of a source.</source>
      <translation>源地的最小 dPC（百分比）。</translation>
    </message>
    <message>
      <source>Land-use scores (value=score; ...)</source>
      <translation>土地利用得分（value=score; ...）</translation>
    </message>
    <message>
      <source>Elevation (DEM)</source>
      <translation>高程（DEM）</translation>
    </message>
    <message>
      <source>Roads</source>
      <translation>道路</translation>
    </message>
    <message>
      <source>Mining areas</source>
      <translation>矿区</translation>
    </message>
    <message>
      <source>Score land use</source>
      <translation>土地利用评分</translation>
    </message>
    <message>
      <source>Score elevation</source>
      <translation>高程评分</translation>
    </message>
    <message>
      <source>Slope</source>
      <translation>坡度</translation>
    </message>
    <message>
      <source>Score slope</source>
      <translation>坡度评分</translation>
    </message>
    <message>
      <source>Distance to roads</source>
      <translation>距道路距离</translation>
    </message>
    <message>
      <source>Score distance to roads</source>
      <translation>距道路距离评分</translation>
    </message>
    <message>
      <source>Distance to mining areas</source>
      <translation>距矿区距离</translation>
    </message>
    <message>
      <source>Score distance to mining areas</source>
      <translation>距矿区距离评分</translation>
    </message>
    <message>
      <source>Weighted overlay and corrections</source>
      <translation>加权叠加与修正</translation>
    </message>
    <message>
      <source>Builds a resistance surface as the Liuzhi study does: land use scored by a table, elevation and slope (from the DEM with gdal:slope) scored 1-5 by natural breaks, distances to roads and to mining areas scored 5 (near) to 1 (far) by natural breaks; weighted 0.35, 0.1, 0.1, 0.25, 0.25 and multiplied by correction coefficients (rock desertification, soil erosion, geological hazards, ...). Every raster is put on the land-use grid.</source>
      <translation>按六枝研究的方法构建阻力面：土地利用按对照表评分，高程和坡度（由 DEM 经 gdal:slope 计算）按自然断点法评为 1-5 分，距道路和距矿区的距离按自然断点法评为 5 分（近）至 1 分（远）；以 0.35、0.1、0.1、0.25、0.25 加权，再乘以修正系数（石漠化、土壤侵蚀、地质灾害等）。所有栅格均统一到土地利用栅格的网格上。</translation>
    </message>
    <message>
      <source>Land-use raster; its grid is the grid of the resistance surface.</source>
      <translation>土地利用栅格；其网格即阻力面的网格。</translation>
    </message>
    <message>
      <source>Resistance score of each land-use code, 'code=score' separated by ';'; 'code=nodata' makes a class impassable.</source>
      <translation>各土地利用代码的阻力得分，格式为 'code=score'，以 ';' 分隔；'code=nodata' 表示该类型不可通行。</translation>
    </message>
    <message>
      <source>Elevation raster; elevation and slope (gdal:slope) are scored 1-5 by natural breaks.</source>
      <translation>高程栅格；高程与坡度（gdal:slope）按自然断点法评为 1-5 分。</translation>
    </message>
    <message>
      <source>Roads (lines); the distance to them is scored 5 (near) to 1 (far).</source>
      <translation>道路（线）；距道路的距离评为 5 分（近）至 1 分（远）。</translation>
    </message>
    <message>
      <source>Mining areas (any geometry); the distance to them is scored 5 (near) to 1 (far).</source>
      <translation>矿区（任意几何类型）；距矿区的距离评为 5 分（近）至 1 分（远）。</translation>
    </message>
    <message>
      <source>Optional rasters of correction coefficients (rock desertification, soil erosion, geological hazards) that multiply the weighted resistance.</source>
      <translation>可选的修正系数栅格（石漠化、土壤侵蚀、地质灾害），与加权阻力相乘。</translation>
    </message>
    <message>
      <source>Corridor width (cost distance)</source>
      <translation>廊道宽度（成本距离）</translation>
    </message>
    <message>
      <source>Least-cost corridors</source>
      <translation>最小成本廊道</translation>
    </message>
    <message>
      <source>Circuit-theory current</source>
      <translation>电路理论电流</translation>
    </message>
    <message>
      <source>Ecological sources (an id raster, e.g. the output raster of selectsources) and a resistance surface (e.g. from resistancesurface): least-cost links and normalised corridors as Linkage Mapper maps them (cost-allocation adjacency, corridors truncated at the given cost width), and the cumulative current of a pairwise Circuitscape run between the same sources, each source short-circuited into one node (the usual way to use whole patches as focal nodes).</source>
      <translation>输入生态源地（ID 栅格，如 selectsources 的输出栅格）和阻力面（如 resistancesurface 的输出）：按 Linkage Mapper 的方式生成最小成本连接和归一化廊道（成本分配区邻接，廊道按给定成本宽度截断），并在相同源地之间运行 Circuitscape 成对模式计算累积电流，每个源地短路为一个节点（将整个斑块作为焦点节点的常用做法）。</translation>
    </message>
    <message>
      <source>Raster of source ids (0 or nodata = none), e.g. from selectsources.</source>
      <translation>源地 ID 栅格（0 或无数据 = 非源地），例如来自 selectsources。</translation>
    </message>
    <message>
      <source>Resistance surface (&gt; 0; nodata impassable).</source>
      <translation>阻力面（&gt; 0；无数据表示不可通行）。</translation>
    </message>
    <message>
      <source>Cost-distance width of the least-cost corridors.</source>
      <translation>最小成本廊道的成本距离宽度。</translation>
    </message>
    <message>
      <source>Pinch-point corridor width (cost distance)</source>
      <translation>夹点分析的廊道宽度（成本距离）</translation>
    </message>
    <message>
      <source>Barrier radius from (map units)</source>
      <translation>障碍点检测半径起始值（地图单位）</translation>
    </message>
    <message>
      <source>Barrier radius to (map units)</source>
      <translation>障碍点检测半径终止值（地图单位）</translation>
    </message>
    <message>
      <source>Barrier radius step (map units)</source>
      <translation>障碍点检测半径步长（地图单位）</translation>
    </message>
    <message>
      <source>Corridor importance</source>
      <translation>廊道重要性</translation>
    </message>
    <message>
      <source>Source importance</source>
      <translation>源地重要性</translation>
    </message>
    <message>
      <source>Barrier improvement score</source>
      <translation>障碍点改善得分</translation>
    </message>
    <message>
      <source>Barrier percent improvement</source>
      <translation>障碍点改善百分比</translation>
    </message>
    <message>
      <source>Barrier best radius</source>
      <translation>障碍点最佳半径</translation>
    </message>
    <message>
      <source>Areas to protect by unit</source>
      <translation>按行政单元统计的生态保护关键区</translation>
    </message>
    <message>
      <source>Areas to restore by unit</source>
      <translation>按行政单元统计的生态修复关键区</translation>
    </message>
    <message>
      <source>The whole ecological-security-pattern workflow: the resistance surface of scored factors (as the resistance model), ecological sources from a habitat map (MSPA cores, dPC, thresholds) on its grid, least-cost links and corridors between them, corridor importance by current-flow centrality, pinch points (current in each corridor) and barriers (restoration improvement score), and the top natural-breaks class of each as key areas to protect (pinch points) or restore (barriers), listed by administrative unit with their land use.</source>
      <translation>完整的生态安全格局构建流程：由评分因子构建阻力面（作为阻力模型），在其网格上由生境图识别生态源地（MSPA 核心区、dPC、阈值），生成源地之间的最小成本连接和生态廊道，以电流中心度评价廊道重要性，识别夹点（各廊道内的电流）和障碍点（修复改善得分），并将两者自然断点法的最高等级分别作为生态保护关键区（夹点）和生态修复关键区（障碍点），按行政单元列出并附土地利用信息。</translation>
    </message>
    <message>
      <source>Cost-distance width of the corridors in which pinch points are mapped.</source>
      <translation>用于识别夹点的廊道成本距离宽度。</translation>
    </message>
    <message>
      <source>Smallest barrier detection radius (map units).</source>
      <translation>障碍点检测的最小半径（地图单位）。</translation>
    </message>
    <message>
      <source>Largest barrier detection radius (map units).</source>
      <translation>障碍点检测的最大半径（地图单位）。</translation>
    </message>
    <message>
      <source>Step between barrier radii (map units).</source>
      <translation>障碍点检测半径的步长（地图单位）。</translation>
    </message>
    <message>
      <source>Administrative units (polygons) by which key areas are listed.</source>
      <translation>用于统计关键区的行政单元（面）。</translation>
    </message>
    <message>
      <source>The field naming each unit.</source>
      <translation>标识各单元名称的字段。</translation>
    </message>
    <message>
      <source>Names of the land-use codes, 'code=name' separated by ';'.</source>
      <translation>土地利用代码的名称，格式为 'code=name'，以 ';' 分隔。</translation>
    </message>
    <message>
      <source>EcoSecurity: ecological security patterns and coupling coordination</source>
      <translation>EcoSecurity：生态安全格局与耦合协调</translation>
    </message>
    <message>
      <source>Weights of factors from a pairwise comparison matrix by the Analytic Hierarchy Process, with Saaty's consistency check. The table it writes feeds resistancesurface's WEIGHTS_TABLE.</source>
      <translation>采用层次分析法由两两比较判断矩阵计算因子权重，并进行 Saaty 一致性检验。输出的权重表可作为 resistancesurface 的 WEIGHTS_TABLE 输入。</translation>
    </message>
    <message>
      <source>Formula</source>
      <translation>公式</translation>
    </message>
    <message>
      <source>A w = lambda_max w (principal eigenvector, normalised to sum 1); CI = (lambda_max - n)/(n - 1); CR = CI / RI(n), RI = 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59 for n = 1..15. CR &lt; 0.10 is acceptable.</source>
      <translation>A w = lambda_max w（主特征向量，归一化使其和为 1）；CI = (lambda_max - n)/(n - 1)；CR = CI / RI(n)，n = 1..15 时 RI = 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59。CR &lt; 0.10 即通过一致性检验。</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>参数</translation>
    </message>
    <message>
      <source>Outputs</source>
      <translation>输出</translation>
    </message>
    <message>
      <source>Rows separated by ';' (or new lines), entries by ','; fractions such as '1/3' allowed. a_ij says how much more important factor i is than j (1 equal ... 9 extreme); a_ji must be 1/a_ij.</source>
      <translation>各行以 ';'（或换行）分隔，元素以 ',' 分隔；允许使用 '1/3' 这样的分数。a_ij 表示因子 i 相对于因子 j 的重要程度（1 同等重要 …… 9 极端重要）；a_ji 必须等于 1/a_ij。</translation>
    </message>
    <message>
      <source>Optional factor names, comma separated, in matrix order.</source>
      <translation>可选的因子名称，逗号分隔，按矩阵顺序排列。</translation>
    </message>
    <message>
      <source>Accept CR &gt;= 0.10 with a warning instead of an error.</source>
      <translation>CR &gt;= 0.10 时仅给出警告而不报错。</translation>
    </message>
    <message>
      <source>Table: factor, weight.</source>
      <translation>表：factor, weight。</translation>
    </message>
    <message>
      <source>Numeric outputs, also in the log.</source>
      <translation>数值结果，同时写入日志。</translation>
    </message>
    <message>
      <source>References</source>
      <translation>参考文献</translation>
    </message>
    <message>
      <source>Barriers (restoration improvement score)</source>
      <translation>障碍点（修复改善得分）</translation>
    </message>
    <message>
      <source>Finds the places where restoring a small area would shorten the least-cost corridors most, as Linkage Mapper's Barrier Mapper does: for each link and each cell, a circle of each radius is imagined restored and the saving in cost-weighted distance is scored per unit of restored length.</source>
      <translation>按 Linkage Mapper 的 Barrier Mapper 方法，找出修复小面积区域即可最大程度缩短最小成本廊道的位置：对每条连接和每个像元，假设以各半径的圆形区域得到修复，按单位修复长度计算成本加权距离的减少量作为得分。</translation>
    </message>
    <message>
      <source>For link (a, b) and a circle of radius R centred on a cell (cells whose centres lie within R), D = 2R and the restored cells cost 1 per map unit: improvement = LCD - (min CWD_a in the circle + min CWD_b in the circle + D); score = improvement / D; percent = 100 x improvement / LCD; values &lt;= 0 are nodata. Links combine by maximum (or sum), radii by maximum; OUTPUT_RADIUS holds the radius of the best score.</source>
      <translation>对连接 (a, b) 及以某像元为中心、半径为 R 的圆（像元中心位于 R 以内的像元），D = 2R，修复后的像元每地图单位成本为 1：改善值 = LCD - (圆内 CWD_a 最小值 + 圆内 CWD_b 最小值 + D)；得分 = 改善值 / D；百分比 = 100 x 改善值 / LCD；&lt;= 0 的值设为无数据。多条连接取最大值（或求和）合并，多个半径取最大值；OUTPUT_RADIUS 记录最佳得分对应的半径。</translation>
    </message>
    <message>
      <source>Link lines with from_id, to_id, lcd (least-cost corridor tool).</source>
      <translation>含 from_id、to_id、lcd 字段的连接线（最小成本廊道工具的输出）。</translation>
    </message>
    <message>
      <source>Source ids as a raster; or give SOURCE_POLYGONS with SOURCE_ID_FIELD instead.</source>
      <translation>源地 ID 栅格；也可改为提供 SOURCE_POLYGONS 及 SOURCE_ID_FIELD。</translation>
    </message>
    <message>
      <source>Resistance surface the links were built on.</source>
      <translation>构建连接时所用的阻力面。</translation>
    </message>
    <message>
      <source>Smallest radius, map units (at least one cell).</source>
      <translation>最小半径，地图单位（至少一个像元）。</translation>
    </message>
    <message>
      <source>Largest radius, map units.</source>
      <translation>最大半径，地图单位。</translation>
    </message>
    <message>
      <source>Radius step, map units (0: MIN_RADIUS only).</source>
      <translation>半径步长，地图单位（0：仅使用 MIN_RADIUS）。</translation>
    </message>
    <message>
      <source>Maximum over links (Linkage Mapper's default) or their sum.</source>
      <translation>多条连接取最大值（Linkage Mapper 默认）或求和。</translation>
    </message>
    <message>
      <source>Choices:</source>
      <translation>可选项：</translation>
    </message>
    <message>
      <source>Default:</source>
      <translation>默认值：</translation>
    </message>
    <message>
      <source>The whole circle, or Linkage Mapper's ring: the cells beyond R - 1 map unit and within R (ArcGIS NbrAnnulus, as s6_barriers.py).</source>
      <translation>整个圆形，或 Linkage Mapper 的环形：距离大于 R - 1 个地图单位且不超过 R 的像元（ArcGIS NbrAnnulus，与 s6_barriers.py 一致）。</translation>
    </message>
    <message>
      <source>Percent = 100 x improvement / LCD, or Linkage Mapper's 100 x score / LCD.</source>
      <translation>百分比 = 100 x 改善值 / LCD，或 Linkage Mapper 的 100 x 得分 / LCD。</translation>
    </message>
    <message>
      <source>Local processes that run the tool's independent pieces (1: this process); the results are the same.</source>
      <translation>运行工具中相互独立的计算块的本地进程数（1：本进程）；结果相同。</translation>
    </message>
    <message>
      <source>Address of a Dask scheduler (e.g. tcp://10.0.0.5:8786) to run the independent pieces of this tool on a cluster; its workers need this plugin and Dask installed. Empty: the default set in Processing's options (Providers &gt; EcoSecurity), and when that is empty too, this computer with WORKERS processes. The results are the same.</source>
      <translation>Dask 调度器地址（如 tcp://10.0.0.5:8786），用于在集群上运行本工具中相互独立的计算块；其工作节点须安装本插件和 Dask。留空：使用 Processing 选项中的默认值（提供程序 &gt; EcoSecurity）；若该值也为空，则在本机以 WORKERS 个进程运行。结果相同。</translation>
    </message>
    <message>
      <source>Improvement score (cost-distance saved per map unit restored).</source>
      <translation>改善得分（每修复一个地图单位所节省的成本距离）。</translation>
    </message>
    <message>
      <source>Percent improvement of the link's LCD.</source>
      <translation>连接 LCD 的改善百分比。</translation>
    </message>
    <message>
      <source>Radius that gave the best score (map units).</source>
      <translation>获得最佳得分的半径（地图单位）。</translation>
    </message>
    <message>
      <source>Corridor importance (current-flow centrality)</source>
      <translation>廊道重要性（电流中心度）</translation>
    </message>
    <message>
      <source>Ranks corridors and sources by how much current they carry when every pair of sources exchanges 1 A over the network of least-cost links, as Linkage Mapper's Centrality Mapper does with Circuitscape's network mode.</source>
      <translation>按 Linkage Mapper 的 Centrality Mapper 调用 Circuitscape 网络模式的方式，在最小成本连接网络上令每对源地之间交换 1 A 电流，按各廊道和源地承载的电流大小进行排序。</translation>
    </message>
    <message>
      <source>Each link is a resistor of resistance LINK_WEIGHT (default lcd). For every pair of sources (i, j) in one component, 1 A enters at i and leaves at j: v = L+ (e_i - e_j), L the network Laplacian. current_flow of a link = sum over pairs of |its branch current|; of a source = sum over pairs of (sum of |branch currents| + |injected current|) / 2, Circuitscape's node current. Levels by natural breaks, 1 = most important.</source>
      <translation>每条连接视为一个电阻，其阻值为 LINK_WEIGHT（默认 lcd）。对同一连通分量中的每对源地 (i, j)，1 A 电流从 i 流入、从 j 流出：v = L+ (e_i - e_j)，L 为网络的拉普拉斯矩阵。连接的 current_flow = 各源地对下其 |支路电流| 之和；源地的 current_flow = 各源地对下 (|支路电流| 之和 + |注入电流|) / 2 之和，即 Circuitscape 的节点电流。按自然断点法划分等级，1 = 最重要。</translation>
    </message>
    <message>
      <source>Link lines with from_id, to_id and lcd (LINKS of the least-cost corridor tool).</source>
      <translation>含 from_id、to_id 和 lcd 字段的连接线（最小成本廊道工具的 LINKS 输出）。</translation>
    </message>
    <message>
      <source>Numeric field used as the link's resistance; default lcd.</source>
      <translation>用作连接阻力的数值字段；默认 lcd。</translation>
    </message>
    <message>
      <source>Optional source ids as a raster (or SOURCE_POLYGONS with SOURCE_ID_FIELD): adds their geometry to OUTPUT_SOURCES and lists unlinked sources with 0.</source>
      <translation>可选的源地 ID 栅格（或 SOURCE_POLYGONS 及 SOURCE_ID_FIELD）：将其几何添加到 OUTPUT_SOURCES，未连接的源地以 0 列出。</translation>
    </message>
    <message>
      <source>Natural-breaks levels of the link current (default 3).</source>
      <translation>连接电流的自然断点分级数（默认 3）。</translation>
    </message>
    <message>
      <source>The links with current_flow and level.</source>
      <translation>带 current_flow 和 level 字段的连接。</translation>
    </message>
    <message>
      <source>Each source id with current_flow and level.</source>
      <translation>各源地 ID 及其 current_flow 和 level。</translation>
    </message>
    <message>
      <source>Circuit-theory connectivity (Circuitscape)</source>
      <translation>电路理论连通性（Circuitscape）</translation>
    </message>
    <message>
      <source>Current flow and effective resistance between ecological sources across a resistance surface, with Circuitscape's conventions, so results agree with it (its raster verify suite is reproduced). One factorisation per connected component and one solve per focal node serve every pair: K focal nodes cost K solves, not K(K-1)/2.</source>
      <translation>在阻力面上计算生态源地之间的电流与有效电阻，遵循 Circuitscape 的约定，因此结果与其一致（复现了其栅格验证测试集）。每个连通分量只做一次矩阵分解，每个焦点节点只求解一次即可服务所有节点对：K 个焦点节点只需 K 次求解，而非 K(K-1)/2 次。</translation>
    </message>
    <message>
      <source>Conductance g = 1/R per cell (cells with nodata are not in the graph; R = 0 is an error: use a short-circuit region). Edge conductance: the mean of the two cells' conductances (default) or 1/mean of their resistances, diagonal edges divided by sqrt(2). Solve L v = i; effective resistance R_ij = v_i - v_j for 1 A from j to i (R_ij = Z_ii + Z_jj - 2 Z_ij from the stored solutions); node current = (sum of |branch currents| + |injected current|)/2; the cumulative map sums the pairs.</source>
      <translation>每个像元的电导 g = 1/R（无数据像元不纳入图；R = 0 会报错：请使用短路区域）。边电导：两像元电导的平均值（默认）或两像元电阻平均值的倒数，对角边再除以 sqrt(2)。求解 L v = i；从 j 到 i 注入 1 A 电流时有效电阻 R_ij = v_i - v_j（由存储的解计算 R_ij = Z_ii + Z_jj - 2 Z_ij）；节点电流 = (|支路电流| 之和 + |注入电流|)/2；累积电流图为各节点对之和。</translation>
    </message>
    <message>
      <source>Resistance raster (or conductance with IS_CONDUCTANCE).</source>
      <translation>阻力栅格（设置 IS_CONDUCTANCE 时为电导）。</translation>
    </message>
    <message>
      <source>Focal node ids as a raster (several cells with one id form one region node); or FOCAL_POINTS with FOCAL_ID_FIELD, or FOCAL_POLYGONS with FOCAL_POLYGON_ID_FIELD.</source>
      <translation>焦点节点 ID 栅格（同一 ID 的多个像元构成一个区域节点）；也可改为提供 FOCAL_POINTS 及 FOCAL_ID_FIELD，或 FOCAL_POLYGONS 及 FOCAL_POLYGON_ID_FIELD。</translation>
    </message>
    <message>
      <source>Circuitscape's modes. Advanced takes SOURCES (current, A) and GROUNDS (resistance to ground, or conductance with GROUND_IS_CONDUCTANCE).</source>
      <translation>Circuitscape 的计算模式。高级模式需要 SOURCES（电流源，单位 A）和 GROUNDS（接地电阻；设置 GROUND_IS_CONDUCTANCE 时为电导）。</translation>
    </message>
    <message>
      <source>Cells connected to their eight or four neighbours.</source>
      <translation>像元与其八邻域或四邻域相连。</translation>
    </message>
    <message>
      <source>How a link between two cells is weighted: by the mean of their conductances (Circuitscape's default) or of their resistances.</source>
      <translation>两像元之间连接的权重计算方式：取两者电导的平均值（Circuitscape 默认）或电阻的平均值。</translation>
    </message>
    <message>
      <source>Raster of short-circuit regions (cells of one id are merged).</source>
      <translation>短路区域栅格（同一 ID 的像元合并为一个节点）。</translation>
    </message>
    <message>
      <source>Raster: cells &lt;= 0 or nodata are left out.</source>
      <translation>栅格：&lt;= 0 或无数据的像元被排除。</translation>
    </message>
    <message>
      <source>Optional table of pairs to solve (fields from_id, to_id).</source>
      <translation>可选的待求解节点对表（字段 from_id、to_id）。</translation>
    </message>
    <message>
      <source>Auto uses the direct solver up to 4.5 million cells; direct is a sparse Cholesky factorisation (nested dissection of the grid, dense fronts); CG with algebraic multigrid needs pyamg.</source>
      <translation>自动模式在 450 万像元以内使用直接求解器；直接求解为稀疏 Cholesky 分解（网格嵌套剖分，稠密波前）；代数多重网格预条件共轭梯度法需要 pyamg。</translation>
    </message>
    <message>
      <source>Processes for the maps of the pairs (pairwise) or of the focal nodes (one-to-all, all-to-one).</source>
      <translation>计算各点对（成对模式）或各焦点节点（一对多、多对一）电流图的进程数。</translation>
    </message>
    <message>
      <source>Cumulative current (Float32; 0 off the graph, as Circuitscape).</source>
      <translation>累积电流（Float32；图外像元为 0，与 Circuitscape 一致）。</translation>
    </message>
    <message>
      <source>Maximum current over pairs (optional).</source>
      <translation>各节点对中的最大电流（可选）。</translation>
    </message>
    <message>
      <source>from_id, to_id, resistance (-1: different components); one-to-all / all-to-one: one row per focal node.</source>
      <translation>from_id, to_id, resistance（-1：位于不同连通分量）；一对多 / 多对一模式：每个焦点节点一行。</translation>
    </message>
    <message>
      <source>Optional: per-pair (per-node) current and voltage GeoTIFFs.</source>
      <translation>可选：逐对（逐节点）电流和电压 GeoTIFF。</translation>
    </message>
    <message>
      <source>Classify field (natural breaks, equal interval, quantile, table)</source>
      <translation>字段分级（自然断点法、等间距、分位数、固定分级表）</translation>
    </message>
    <message>
      <source>Grading and maps</source>
      <translation>分级与制图</translation>
    </message>
    <message>
      <source>Grades a numeric field of a table or vector layer into classes and adds the class number and its label to every row. Computed breaks are class maxima: a class holds (lower, upper], the first class also its minimum. A fixed table reads [lower, upper) with the last class closed, as grading tables are written (e.g. 0,0.2,0.4,0.6,0.8,1 for the five-level safety scale Unsafe, Relatively unsafe, Critical safety, Relatively safe, Ideal safety). Values outside a fixed table get no class (NULL, nodata).</source>
      <translation>将表或矢量图层的数值字段划分为若干等级，并为每行添加等级编号及其标签。计算得到的断点为各级最大值：每级区间为 (下限, 上限]，第一级同时包含最小值。固定分级表按 [下限, 上限) 读取，最后一级为闭区间，与分级标准表的写法一致（例如 0,0.2,0.4,0.6,0.8,1 对应五级安全等级：不安全、较不安全、临界安全、较安全、理想安全）。超出固定分级表范围的值不分级（NULL，无数据）。</translation>
    </message>
    <message>
      <source>Natural breaks minimise sum over classes c of sum over x in c of (x - mean_c)^2, solved exactly by dynamic programming (Fisher 1958).</source>
      <translation>自然断点法使各级内 (x - mean_c)^2 之和对所有等级 c 求和后最小，采用动态规划精确求解（Fisher 1958）。</translation>
    </message>
    <message>
      <source>Table or vector layer.</source>
      <translation>表或矢量图层。</translation>
    </message>
    <message>
      <source>Numeric field to grade (a text field of numbers, as in a CSV, is accepted). NULL rows get no class.</source>
      <translation>待分级的数值字段（也接受存储数字的文本字段，如 CSV 中的字段）。NULL 行不分级。</translation>
    </message>
    <message>
      <source>Natural breaks: the exact Fisher-Jenks optimum, the partition into CLASSES classes with the least total within-class sum of squared deviations (the same breaks as jenkspy); 1 equal interval; 2 quantile (equal counts; tied quantiles merge classes); 3 fixed table: BREAKS and LABELS as given.</source>
      <translation>自然断点法：精确的 Fisher-Jenks 最优解，即划分为 CLASSES 个等级且级内离差平方和总计最小的方案（断点与 jenkspy 相同）；1 等间距；2 分位数（各级数量相等；相同分位数会合并等级）；3 固定分级表：按给定的 BREAKS 和 LABELS 分级。</translation>
    </message>
    <message>
      <source>Number of classes of a computed method.</source>
      <translation>计算类方法的分级数。</translation>
    </message>
    <message>
      <source>Fixed table edges, e.g. 0,0.2,0.4,0.6,0.8,1.</source>
      <translation>固定分级表的边界，例如 0,0.2,0.4,0.6,0.8,1。</translation>
    </message>
    <message>
      <source>Labels, one per class; default 'Class 1', 'Class 2', ...</source>
      <translation>标签，每级一个；默认为 'Class 1', 'Class 2', ...</translation>
    </message>
    <message>
      <source>Names of the added fields.</source>
      <translation>新增字段的名称。</translation>
    </message>
    <message>
      <source>The encoding of CSV and other text tables, which QGIS cannot tell from UTF-8 by itself: choose GBK / GB18030 for a CSV saved by Excel or SPSS on a Chinese Windows. A table that is not UTF-8 is refused by name unless its encoding is given here (or set on the layer in QGIS).</source>
      <translation>CSV 等文本表的编码，QGIS 无法自行区分其与 UTF-8：在中文 Windows 上由 Excel 或 SPSS 保存的 CSV 请选择 GBK / GB18030。非 UTF-8 的表格将被拒绝并给出文件名，除非在此处（或在 QGIS 的图层属性中）指定其编码。</translation>
    </message>
    <message>
      <source>The rows with the class number and label, styled by class.</source>
      <translation>带等级编号和标签的记录，按等级符号化。</translation>
    </message>
    <message>
      <source>One row per class: lower and upper edge, label, count, share.</source>
      <translation>每级一行：下限和上限、标签、数量、占比。</translation>
    </message>
    <message>
      <source>Classify raster (natural breaks, equal interval, quantile, table)</source>
      <translation>栅格分级（自然断点法、等间距、分位数、固定分级表）</translation>
    </message>
    <message>
      <source>Grades a raster band into classes 1..k (Byte, nodata 0) with a labelled colour table. Works block by block, so memory does not grow with the raster. Computed breaks are class maxima: a class holds (lower, upper], the first class also its minimum. A fixed table reads [lower, upper) with the last class closed, as grading tables are written (e.g. 0,0.2,0.4,0.6,0.8,1 for the five-level safety scale Unsafe, Relatively unsafe, Critical safety, Relatively safe, Ideal safety). Values outside a fixed table get no class (NULL, nodata).</source>
      <translation>将栅格波段划分为 1..k 级（Byte，无数据值 0），并附带带标签的颜色表。逐块处理，内存占用不随栅格大小增长。计算得到的断点为各级最大值：每级区间为 (下限, 上限]，第一级同时包含最小值。固定分级表按 [下限, 上限) 读取，最后一级为闭区间，与分级标准表的写法一致（例如 0,0.2,0.4,0.6,0.8,1 对应五级安全等级：不安全、较不安全、临界安全、较安全、理想安全）。超出固定分级表范围的值不分级（NULL，无数据）。</translation>
    </message>
    <message>
      <source>Natural breaks minimise the total within-class sum of squared deviations. They are exact over the distinct cell values when there are at most 4,096 of them; with more (continuous rasters) the cells are summarised in 65,536 equal-width bins that keep each bin's count, sum and sum of squares, so the optimum is exact over breaks placed at bin ends (1/65,536 of the value range). Unlike QGIS's own Jenks, no sample is drawn.</source>
      <translation>自然断点法使级内离差平方和总计最小。当像元的不同取值不超过 4,096 个时，在这些取值上精确求解；取值更多时（连续栅格），像元被汇总到 65,536 个等宽分箱中，并保留每个分箱的计数、总和及平方和，因此在分箱端点（值域的 1/65,536）处放置断点时的最优解是精确的。与 QGIS 自带的 Jenks 方法不同，此处不进行抽样。</translation>
    </message>
    <message>
      <source>Raster layer.</source>
      <translation>栅格图层。</translation>
    </message>
    <message>
      <source>Band to classify.</source>
      <translation>待分级的波段。</translation>
    </message>
    <message>
      <source>Fixed table edges.</source>
      <translation>固定分级表的边界。</translation>
    </message>
    <message>
      <source>Labels, one per class.</source>
      <translation>标签，每级一个。</translation>
    </message>
    <message>
      <source>Class raster (Byte; 0 = nodata or outside a fixed table), styled with the labels.</source>
      <translation>等级栅格（Byte；0 = 无数据或超出固定分级表范围），按标签符号化。</translation>
    </message>
    <message>
      <source>One row per class: lower and upper edge, label, cell count, share.</source>
      <translation>每级一行：下限和上限、标签、像元数、占比。</translation>
    </message>
    <message>
      <source>Composite index (entropy weights)</source>
      <translation>综合指数（熵权法）</translation>
    </message>
    <message>
      <source>Builds a composite index U of one system (e.g. ecological security or rural revitalisation) from its indicators: standardises them, weights them (entropy, equal or given weights) and sums. By default one weight vector is computed over all rows pooled (regions x years, the panel entropy method), so scores compare across years; with GROUP_FIELD (e.g. year) scaling and weights are computed within each group.</source>
      <translation>由某一系统（如生态安全或乡村振兴）的各项指标构建其综合指数 U：先标准化，再赋权（熵权、等权重或指定权重），然后加权求和。默认在所有行（区域 × 年份）混合后计算一组权重（面板熵权法），使得分在年份之间可比；设置 GROUP_FIELD（如年份）时，标准化和赋权在各组内分别进行。</translation>
    </message>
    <message>
      <source>min-max z = (x - min)/(max - min), negative indicators (max - x)/(max - min); shifted z = 0.1 + 0.9 (x - min)/(max - min); p_ij = z_ij / sum_i z_ij; e_j = -(1/ln m) sum_i p_ij ln p_ij with 0 ln 0 = 0; w_j = (1 - e_j) / sum_k (1 - e_k); U_i = sum_j w_j z_ij. A criterion's sub-index sums w_j z_ij over its indicators, so the sub-indices add up to U. A constant indicator carries no information: it gets weight 0 and a warning.</source>
      <translation>极差标准化 z = (x - min)/(max - min)，负向指标为 (max - x)/(max - min)；平移标准化 z = 0.1 + 0.9 (x - min)/(max - min)；p_ij = z_ij / sum_i z_ij；e_j = -(1/ln m) sum_i p_ij ln p_ij，约定 0 ln 0 = 0；w_j = (1 - e_j) / sum_k (1 - e_k)；U_i = sum_j w_j z_ij。准则层的分项指数为其所含指标的 w_j z_ij 之和，因此各分项指数之和等于 U。取值恒定的指标不含信息：其权重为 0 并给出警告。</translation>
    </message>
    <message>
      <source>Table or layer with one row per region (and year); a CSV is fine.</source>
      <translation>每个区域（及年份）一行的表或图层；可直接使用 CSV。</translation>
    </message>
    <message>
      <source>Indicators where larger is better.</source>
      <translation>越大越好的指标。</translation>
    </message>
    <message>
      <source>Indicators where larger is worse (reversed by the scaling).</source>
      <translation>越大越差的指标（标准化时反向处理）。</translation>
    </message>
    <message>
      <source>How indicators are put on one scale. The shifted min-max keeps every z &gt; 0 (the entropy needs no log of 0); with none, values must already be standardised and negative indicators need scaling.</source>
      <translation>将各指标统一到同一量纲的方法。平移极差标准化使所有 z &gt; 0（熵值计算无需对 0 取对数）；选择不标准化时，数值必须已标准化，且负向指标需要经过标准化处理。</translation>
    </message>
    <message>
      <source>Entropy weights, equal weights, or the weights given in GIVEN_WEIGHTS.</source>
      <translation>熵权、等权重，或 GIVEN_WEIGHTS 中指定的权重。</translation>
    </message>
    <message>
      <source>'field=weight,...' for every indicator; normalised to sum 1.</source>
      <translation>每个指标均需给出 'field=weight,...'；权重归一化使其和为 1。</translation>
    </message>
    <message>
      <source>Optional: scale and weigh within each group (e.g. each year).</source>
      <translation>可选：在各组内（如每一年）分别标准化和赋权。</translation>
    </message>
    <message>
      <source>Optional criterion layers, e.g. 'Pressure: X1,X2; State: X6,X7'; each adds a field &lt;INDEX_FIELD&gt;_&lt;name&gt;.</source>
      <translation>可选的准则层，例如 'Pressure: X1,X2; State: X6,X7'；每个准则层新增一个字段 &lt;INDEX_FIELD&gt;_&lt;name&gt;。</translation>
    </message>
    <message>
      <source>Name of the index field (default U).</source>
      <translation>指数字段名（默认 U）。</translation>
    </message>
    <message>
      <source>The input rows with the index and sub-indices.</source>
      <translation>附带综合指数及分项指数的输入记录。</translation>
    </message>
    <message>
      <source>indicator, direction, criterion, entropy e, divergence 1 - e, weight (per group when GROUP_FIELD is set).</source>
      <translation>indicator（指标）、direction（方向）、criterion（准则层）、entropy e（信息熵）、divergence 1 - e（差异系数）、weight（权重）（设置 GROUP_FIELD 时按组给出）。</translation>
    </message>
    <message>
      <source>Corridors: least-cost links and current flow</source>
      <translation>生态廊道：最小成本连接与电流</translation>
    </message>
    <message>
      <source>Workflows</source>
      <translation>工作流</translation>
    </message>
    <message>
      <source>Coupling coordination: indicators to graded map</source>
      <translation>耦合协调：从指标到分级专题图</translation>
    </message>
    <message>
      <source>Coupling coordination degree</source>
      <translation>耦合协调度</translation>
    </message>
    <message>
      <source>Coupling degree C, comprehensive development index T and coupling coordination degree D of two or more systems per row (region and year), graded into coordination levels. For two systems it also gives the relative development U1/U2 and names the lagging system.</source>
      <translation>逐行（区域和年份）计算两个或多个系统的耦合度 C、综合发展指数 T 和耦合协调度 D，并划分协调等级。两个系统时还给出相对发展度 U1/U2，并指出滞后的系统。</translation>
    </message>
    <message>
      <source>Classic: C = n [prod_i U_i / (sum_i U_i)^n]^(1/n) (two systems: 2 sqrt(U1 U2) / (U1 + U2)). Corrected (Wang et al. 2021): C = sqrt{[1 - sum_{i&gt;j} |U_i - U_j| / sum_{m=1}^{n-1} m] [prod_i (U_i / max U)]^(1/(n-1))}. T = sum_i alpha_i U_i, D = sqrt(C T). Rows whose U are all 0 get C = 0. Lagging: U1/U2 &lt; 1 - tolerance means the first system lags, &gt; 1 + tolerance the second, otherwise synchronous.</source>
      <translation>经典模型：C = n [prod_i U_i / (sum_i U_i)^n]^(1/n)（两个系统时：2 sqrt(U1 U2) / (U1 + U2)）。修正模型（Wang et al. 2021）：C = sqrt{[1 - sum_{i&gt;j} |U_i - U_j| / sum_{m=1}^{n-1} m] [prod_i (U_i / max U)]^(1/(n-1))}。T = sum_i alpha_i U_i，D = sqrt(C T)。U 全为 0 的行 C = 0。滞后判断：U1/U2 &lt; 1 - tolerance 表示第一个系统滞后，&gt; 1 + tolerance 表示第二个系统滞后，否则为同步发展。</translation>
    </message>
    <message>
      <source>Table with the system indices (e.g. the output of compositeindex).</source>
      <translation>含系统指数的表（如 compositeindex 的输出）。</translation>
    </message>
    <message>
      <source>Two or more index fields, each in [0, 1].</source>
      <translation>两个或多个指数字段，取值均在 [0, 1] 内。</translation>
    </message>
    <message>
      <source>alpha_i, comma separated, summing to 1; default equal.</source>
      <translation>alpha_i，逗号分隔，和为 1；默认等权重。</translation>
    </message>
    <message>
      <source>The classic model, or the corrected model of Wang et al. (2021), which keeps C spread over [0, 1].</source>
      <translation>经典模型，或 Wang et al. (2021) 的修正模型（使 C 在 [0, 1] 内分布更分散）。</translation>
    </message>
    <message>
      <source>The ten-level table: [0,0.1) extreme imbalance, [0.1,0.2) severe imbalance, [0.2,0.3) moderate imbalance, [0.3,0.4) mild imbalance, [0.4,0.5) borderline coordination, [0.5,0.6) primary coordination, [0.6,0.7) mild coordination, [0.7,0.8) moderate coordination, [0.8,0.9) good coordination, [0.9,1] high coordination; or custom BREAKS and LABELS ([lower, upper) classes).</source>
      <translation>十级分类表：[0,0.1) 极度失调，[0.1,0.2) 严重失调，[0.2,0.3) 中度失调，[0.3,0.4) 轻度失调，[0.4,0.5) 濒临失调，[0.5,0.6) 勉强协调，[0.6,0.7) 初级协调，[0.7,0.8) 中级协调，[0.8,0.9) 良好协调，[0.9,1] 优质协调；或自定义 BREAKS 和 LABELS（[下限, 上限) 区间）。</translation>
    </message>
    <message>
      <source>Band around U1/U2 = 1 counted as synchronous (default 0.1).</source>
      <translation>U1/U2 = 1 附近视为同步发展的区间（默认 0.1）。</translation>
    </message>
    <message>
      <source>The rows with C, T, D, D_LEVEL (1 = lowest), D_GRADE and, for two systems, REL_DEV = U1/U2 and LAGGING (the lagging system's field, or 'synchronous'); styled by grade.</source>
      <translation>附带 C、T、D、D_LEVEL（1 = 最低）、D_GRADE 的记录；两个系统时另含 REL_DEV = U1/U2 和 LAGGING（滞后系统的字段名，或 'synchronous'，即同步）；按等级符号化。</translation>
    </message>
    <message>
      <source>Coupling coordination report (tables and graded maps, HTML)</source>
      <translation>耦合协调报告（表格与分级专题图，HTML）</translation>
    </message>
    <message>
      <source>Writes one HTML page with the tables the Chishui study publishes and graded maps: the indicator weights of each system, the coordination degree D by region and year on the colour of its grade, by year the mean, range and number of regions in each grade, and maps of the grades of chosen years drawn by QGIS.</source>
      <translation>生成一个 HTML 页面，包含赤水研究中发表的表格及分级专题图：各系统的指标权重；按区域和年份列出的耦合协调度 D，并以其所属等级的颜色标示；逐年统计的均值、取值范围及各等级的区域数；以及由 QGIS 绘制的所选年份等级分布图。</translation>
    </message>
    <message>
      <source>Grades are LEVEL_FIELD when the table has it, else the ten-level table of D (0-0.1 extreme imbalance ... 0.9-1 high coordination).</source>
      <translation>若表中含有 LEVEL_FIELD，则以其作为等级，否则按 D 的十级分类表划分（0-0.1 极度失调 …… 0.9-1 优质协调）。</translation>
    </message>
    <message>
      <source>Coupling table (ecosecurity:couplingcoordination OUTPUT).</source>
      <translation>耦合协调度表（ecosecurity:couplingcoordination 的 OUTPUT）。</translation>
    </message>
    <message>
      <source>Region key and time (year) fields of INPUT.</source>
      <translation>INPUT 的区域关键字段和时间（年份）字段。</translation>
    </message>
    <message>
      <source>The degree to report (default D).</source>
      <translation>报告所用的耦合协调度字段（默认 D）。</translation>
    </message>
    <message>
      <source>Its grade number and label (default D_LEVEL, D_GRADE; computed on the ten-level table when absent).</source>
      <translation>其等级编号和标签（默认 D_LEVEL、D_GRADE；缺失时按十级分类表计算）。</translation>
    </message>
    <message>
      <source>Weight tables of the systems (ecosecurity:compositeindex OUTPUT_WEIGHTS), one table each.</source>
      <translation>各系统的权重表（ecosecurity:compositeindex 的 OUTPUT_WEIGHTS），每个系统一张表。</translation>
    </message>
    <message>
      <source>Region polygons and their key; keys match ignoring case, spaces, underscores, hyphens and dots. Regions without rows are not mapped.</source>
      <translation>区域面图层及其关键字段；匹配关键字段时忽略大小写、空格、下划线、连字符和点号。没有对应记录的区域不绘制。</translation>
    </message>
    <message>
      <source>Times to map, e.g. 2010;2015;2020 (default the first, middle and last).</source>
      <translation>制图时间，例如 2010;2015;2020（默认取第一期、中间一期和最后一期）。</translation>
    </message>
    <message>
      <source>The page's title.</source>
      <translation>页面标题。</translation>
    </message>
    <message>
      <source>Width of each map image in pixels.</source>
      <translation>每幅地图图片的宽度（像素）。</translation>
    </message>
    <message>
      <source>The report; the maps are PNG images inside the page.</source>
      <translation>报告；地图以 PNG 图片形式嵌入页面。</translation>
    </message>
    <message>
      <source>Distance to features or cells</source>
      <translation>到要素或像元的距离</translation>
    </message>
    <message>
      <source>Euclidean distance in map units from every cell of a reference grid to the nearest road, river or mining area (vector features), or to the nearest target cell of a raster, computed by GDAL's rasterize and proximity.</source>
      <translation>利用 GDAL 的栅格化（rasterize）和邻近度（proximity）工具，计算参考栅格每个像元到最近的道路、河流或矿区（矢量要素）或到栅格中最近目标像元的欧氏距离（地图单位）。</translation>
    </message>
    <message>
      <source>d(x) = min over target cells t of |x - t| between cell centres, in CRS units; cells farther than MAX_DISTANCE get MAX_DISTANCE.</source>
      <translation>d(x) = 像元中心间 |x - t| 对所有目标像元 t 的最小值，单位为 CRS 单位；距离超过 MAX_DISTANCE 的像元取 MAX_DISTANCE。</translation>
    </message>
    <message>
      <source>The grid of the result (extent, cell size, CRS); its nodata cells stay nodata. It must be in a projected CRS.</source>
      <translation>结果栅格的网格（范围、像元大小、CRS）；其无数据像元保持为无数据。必须为投影坐标系。</translation>
    </message>
    <message>
      <source>Optional vector layer (reprojected to the grid's CRS).</source>
      <translation>可选的矢量图层（重投影到网格的 CRS）。</translation>
    </message>
    <message>
      <source>Burn every cell a feature touches (default; keeps thin roads continuous) or only cells whose centre it covers.</source>
      <translation>烧录要素接触的所有像元（默认；保持细窄道路连续），或仅烧录中心被要素覆盖的像元。</translation>
    </message>
    <message>
      <source>Optional raster whose target cells count too (aligned to the grid by nearest neighbour).</source>
      <translation>可选栅格，其目标像元同样计入（按最邻近法与网格对齐）。</translation>
    </message>
    <message>
      <source>Values of SOURCE_RASTER that are targets, e.g. '3' for developed land; empty = every non-zero cell.</source>
      <translation>SOURCE_RASTER 中作为目标的值，例如 '3' 表示建设用地；留空 = 所有非零像元。</translation>
    </message>
    <message>
      <source>Cap on the distance (0 = none).</source>
      <translation>距离上限（0 = 不限）。</translation>
    </message>
    <message>
      <source>Float32 distance raster (nodata -9999), styled in blues.</source>
      <translation>Float32 距离栅格（无数据值 -9999），以蓝色系符号化。</translation>
    </message>
    <message>
      <source>Ecological security network: sources to key areas</source>
      <translation>生态安全网络：从源地到关键区</translation>
    </message>
    <message>
      <source>Ecological sources: MSPA, connectivity, selection</source>
      <translation>生态源地：MSPA、连通性与筛选</translation>
    </message>
    <message>
      <source>Forecast panel values (LSTM and baselines)</source>
      <translation>面板数据预测（LSTM 与基准模型）</translation>
    </message>
    <message>
      <source>Panel dynamics</source>
      <translation>面板动态分析</translation>
    </message>
    <message>
      <source>Forecasts a value of every region (e.g. the coordination degree D) to a target year with an LSTM and with baselines every user can run, scores each model on the last TEST_YEARS periods held out (fitted on the periods before), then refits on every period and forecasts to TARGET_TIME, grading each forecast on the ten-level coordination table. So a user sees whether the LSTM earns its place. The LSTM needs PyTorch; without it the tool says how to install it and runs the others.</source>
      <translation>用 LSTM 以及任何用户都能运行的基准模型，将每个区域的某一数值（如耦合协调度 D）预测至目标年份：先留出最后 TEST_YEARS 期（用之前各期拟合）对各模型评分，再用全部时期重新拟合并预测至 TARGET_TIME，按十级协调分类表对每个预测值划分等级。由此用户可以判断 LSTM 是否确有优势。LSTM 需要 PyTorch；若未安装，工具会说明安装方法并运行其他模型。</translation>
    </message>
    <message>
      <source>Last value: y_(T+h) = y_T. Linear trend: y_it = a_i + b_i t by OLS per region. Pooled AR(1): y_t = c + phi y_(t-1), OLS over all regions, iterated. LSTM: one network over all regions' windows of WINDOW values (scaled to [0, 1]), trained by Adam for EPOCHS full-batch steps, forecasting recursively; seeded. Scores: R2 = 1 - SSE/SST, RMSE, MAE on the held-out periods.</source>
      <translation>末期值：y_(T+h) = y_T。线性趋势：逐区域以 OLS 估计 y_it = a_i + b_i t。混合 AR(1)：y_t = c + phi y_(t-1)，对所有区域做 OLS 估计，迭代预测。LSTM：对所有区域长度为 WINDOW 的窗口（缩放到 [0, 1]）训练一个网络，用 Adam 进行 EPOCHS 步全批量训练，递归预测；固定随机种子。评分：在留出期上计算 R2 = 1 - SSE/SST、RMSE、MAE。</translation>
    </message>
    <message>
      <source>Panel table.</source>
      <translation>面板数据表。</translation>
    </message>
    <message>
      <source>Period field (evenly spaced).</source>
      <translation>时期字段（等间隔）。</translation>
    </message>
    <message>
      <source>Value to forecast.</source>
      <translation>待预测的数值。</translation>
    </message>
    <message>
      <source>Last periods held out for scoring (default 3).</source>
      <translation>留出用于评分的最后若干期（默认 3）。</translation>
    </message>
    <message>
      <source>Period to forecast to, e.g. 2030.</source>
      <translation>预测目标时期，例如 2030。</translation>
    </message>
    <message>
      <source>Models to fit and compare (default all); the LSTM needs PyTorch.</source>
      <translation>待拟合和比较的模型（默认全部）；LSTM 需要 PyTorch。</translation>
    </message>
    <message>
      <source>LSTM input length (periods).</source>
      <translation>LSTM 输入长度（期数）。</translation>
    </message>
    <message>
      <source>LSTM training steps.</source>
      <translation>LSTM 训练步数。</translation>
    </message>
    <message>
      <source>Random seed of the LSTM.</source>
      <translation>LSTM 的随机种子。</translation>
    </message>
    <message>
      <source>region, time, model, value, kind (observed, test forecast, forecast), D_LEVEL and D_GRADE of forecasts on the ten-level table.</source>
      <translation>region（区域）、time（时间）、model（模型）、value（数值）、kind（类型：observed 观测值、test forecast 检验期预测、forecast 预测），以及预测值按十级分类表划分的 D_LEVEL 和 D_GRADE。</translation>
    </message>
    <message>
      <source>model, R2, RMSE, MAE, n on the held-out periods.</source>
      <translation>model、R2、RMSE、MAE、n（留出期上的评分）。</translation>
    </message>
    <message>
      <source>History and forecasts of every model, and the scores.</source>
      <translation>各模型的历史值与预测值，以及评分。</translation>
    </message>
    <message>
      <source>Join grades to regions (graded map)</source>
      <translation>将等级连接到区域（分级专题图）</translation>
    </message>
    <message>
      <source>Joins a region (and year) table, such as the output of couplingcoordination, to region polygons by a key and styles the result by grade: the map coupling studies draw. Wide layout: one feature per region with a field per year (D_2010, D_2011, ...), styled by the last year. Long layout: one feature per region and year, styled by grade, ready for the temporal controller or a filter per year. QGIS ships Natural Earth states and provinces in resources/data/world_map.gpkg (layer states_provinces, with the 31 Chinese provinces and the US states), a handy region layer.</source>
      <translation>将区域（及年份）数据表（如 couplingcoordination 的输出）按关键字段连接到区域面图层，并按等级符号化：即耦合研究中常绘制的专题图。宽表布局：每个区域一个要素，每年一个字段（D_2010, D_2011, ...），按最后一年符号化。长表布局：每个区域每年一个要素，按等级符号化，可直接用于时态控制器或逐年筛选。QGIS 自带的 Natural Earth 省级行政区数据位于 resources/data/world_map.gpkg（图层 states_provinces，含中国 31 个省级行政区和美国各州），可作为便捷的区域图层。</translation>
    </message>
    <message>
      <source>Region (and year) table.</source>
      <translation>区域（及年份）数据表。</translation>
    </message>
    <message>
      <source>Region key in the table.</source>
      <translation>数据表中的区域关键字段。</translation>
    </message>
    <message>
      <source>Region polygons.</source>
      <translation>区域面图层。</translation>
    </message>
    <message>
      <source>Region key in the polygons.</source>
      <translation>面图层中的区域关键字段。</translation>
    </message>
    <message>
      <source>Optional year field of a panel.</source>
      <translation>面板数据的年份字段（可选）。</translation>
    </message>
    <message>
      <source>Fields to carry; default every field but the keys.</source>
      <translation>要携带的字段；默认为除关键字段外的所有字段。</translation>
    </message>
    <message>
      <source>Wide: one feature per region with a field per year; long: one feature per region and year.</source>
      <translation>宽表：每个区域一个要素，每年一个字段；长表：每个区域每年一个要素。</translation>
    </message>
    <message>
      <source>Exact keys, or loose keys: case, spaces, underscores, hyphens and dots are ignored ('NEW_YORK' meets 'New York').</source>
      <translation>精确匹配关键字段，或宽松匹配：忽略大小写、空格、下划线、连字符和点（'NEW_YORK' 可匹配 'New York'）。</translation>
    </message>
    <message>
      <source>Field to style by (default D_LEVEL), with labels from LABEL_FIELD (default D_GRADE) when present.</source>
      <translation>用于符号化的字段（默认 D_LEVEL），若存在 LABEL_FIELD（默认 D_GRADE）则取其作为标签。</translation>
    </message>
    <message>
      <source>Keep regions without data (with NULL values).</source>
      <translation>保留无数据的区域（值为 NULL）。</translation>
    </message>
    <message>
      <source>Region polygons with the joined values, styled by grade. Table keys that meet no region are listed in the log.</source>
      <translation>连接了数值并按等级符号化的区域面图层。未匹配到任何区域的表关键字段会列在日志中。</translation>
    </message>
    <message>
      <source>Kernel density by period</source>
      <translation>分时期核密度估计</translation>
    </message>
    <message>
      <source>How the distribution of a value (e.g. the coordination degree D) moves over the years: a Gaussian kernel density per period (and per region group), with the main peak's location and height, the number of peaks (polarisation) and the width, on one value grid so the curves compare.</source>
      <translation>分析某一数值（如耦合协调度 D）的分布随年份的演变：逐期（及逐区域分组）进行高斯核密度估计，给出主峰的位置和高度、波峰数量（极化特征）及宽度，所有曲线位于同一取值网格上以便比较。</translation>
    </message>
    <message>
      <source>f(x) = 1/(n h) sum_i phi((x - x_i)/h). Silverman: h = 0.9 min(sd, IQR/1.349) n^(-1/5) (Stata's default; R's bw.nrd0 writes IQR/1.34, so the two agree whenever sd is the smaller); Scott: 1.06 min(sd, IQR/1.349) n^(-1/5). The grid runs from min - 3h to max + 3h in 512 points, as R's density(). A peak is a local maximum rising 5 % of the main peak above the troughs beside it; width = full width at half maximum of the main peak.</source>
      <translation>f(x) = 1/(n h) sum_i phi((x - x_i)/h)。Silverman：h = 0.9 min(sd, IQR/1.349) n^(-1/5)（Stata 的默认值；R 的 bw.nrd0 写作 IQR/1.34，因此在 sd 较小时两者一致）；Scott：1.06 min(sd, IQR/1.349) n^(-1/5)。网格从 min - 3h 到 max + 3h 共 512 个点，与 R 的 density() 相同。波峰指高出两侧波谷至少为主峰 5 % 的局部极大值；宽度 = 主峰的半高全宽。</translation>
    </message>
    <message>
      <source>Value, e.g. D.</source>
      <translation>数值，例如 D。</translation>
    </message>
    <message>
      <source>Period (year).</source>
      <translation>时期（年份）。</translation>
    </message>
    <message>
      <source>Optional region group (e.g. east, central, west, northeast).</source>
      <translation>可选的区域分组（如东部、中部、西部、东北）。</translation>
    </message>
    <message>
      <source>Optional region (unit) field. With it, a region that appears more than once in a period is an error naming the rows. Without it, every row is taken as a different region's value for its period, and a repeated row cannot be told from another region: it counts twice.</source>
      <translation>可选的区域（单元）字段。给出时，同一区域在同一时期出现多次即报错并指出相应行。不给出时，每一行都被视为某个不同区域在该时期的值，重复的行无法与其他区域区分：它会被计算两次。</translation>
    </message>
    <message>
      <source>Silverman's or Scott's rule of thumb, or the fixed BANDWIDTH_VALUE.</source>
      <translation>Silverman 或 Scott 经验法则，或固定的 BANDWIDTH_VALUE。</translation>
    </message>
    <message>
      <source>The fixed bandwidth.</source>
      <translation>固定带宽。</translation>
    </message>
    <message>
      <source>Curves: group, time, x, density.</source>
      <translation>曲线：group, time, x, density。</translation>
    </message>
    <message>
      <source>Per group and time: n, bandwidth, peak_x, peak_density, n_peaks, fwhm, mean, sd.</source>
      <translation>按分组和时间：n, bandwidth, peak_x, peak_density, n_peaks, fwhm, mean, sd。</translation>
    </message>
    <message>
      <source>Curves per year and a 3-D surface over the years.</source>
      <translation>逐年曲线及跨年份的三维曲面。</translation>
    </message>
    <message>
      <source>Key areas by administrative unit</source>
      <translation>按行政单元统计关键区</translation>
    </message>
    <message>
      <source>Turns a score raster (pinch-point current, barrier improvement) into the list of key areas to protect or restore, by township or village, with their area and land use, as the restoration tables of ecological-security-pattern studies.</source>
      <translation>将得分栅格（夹点电流、障碍点改善得分）转换为按乡镇或村统计的待保护或待修复关键区清单，附面积和土地利用信息，与生态安全格局研究中的修复表格一致。</translation>
    </message>
    <message>
      <source>Natural breaks (Fisher-Jenks) classify the finite SCORE values into CLASSES; cells of the top class (score &gt; upper edge of the class below), optionally only inside CORRIDORS, form key areas (8-connected). Each key area is cut by the ADMIN units: one polygon per (key area, unit), area = cells x cell area, so a key area crossing a boundary counts once in each unit and the units' areas add up to the total.</source>
      <translation>用自然断点法（Fisher-Jenks）将有限的 SCORE 值划分为 CLASSES 级；最高等级的像元（得分 &gt; 下一级上界），可选仅限 CORRIDORS 范围内，构成关键区（八连通）。每个关键区按 ADMIN 行政单元切分：每个（关键区，单元）组合一个面，面积 = 像元数 x 像元面积，因此跨越边界的关键区在每个单元中各计一次，各单元面积之和等于总面积。</translation>
    </message>
    <message>
      <source>Score raster (e.g. pinch points or barriers).</source>
      <translation>得分栅格（如夹点或障碍点）。</translation>
    </message>
    <message>
      <source>Natural-breaks classes (default 4); the top one is kept.</source>
      <translation>自然断点分级数（默认 4）；保留最高一级。</translation>
    </message>
    <message>
      <source>Optional raster: keep only cells with data in it (the corridors).</source>
      <translation>可选栅格：仅保留其中有数据的像元（即廊道）。</translation>
    </message>
    <message>
      <source>Optional land-use raster (integer codes).</source>
      <translation>可选的土地利用栅格（整数代码）。</translation>
    </message>
    <message>
      <source>Optional class names, 'code=name; code=name'.</source>
      <translation>可选的类型名称，'code=name; code=name'。</translation>
    </message>
    <message>
      <source>Optional administrative polygons (reprojected when in another CRS).</source>
      <translation>可选的行政区划面图层（CRS 不同时自动重投影）。</translation>
    </message>
    <message>
      <source>Their name field.</source>
      <translation>其名称字段。</translation>
    </message>
    <message>
      <source>Key-area polygons: key_id, admin, area_ha, score_max, score_mean, main_landuse, landuse (composition).</source>
      <translation>关键区面：key_id, admin, area_ha, score_max, score_mean, main_landuse, landuse（组成）。</translation>
    </message>
    <message>
      <source>By unit: key_areas, area_ha, share of all key area, main_landuse.</source>
      <translation>按单元：key_areas（关键区数量）、area_ha（面积）、占全部关键区面积的比例、main_landuse（主要土地利用类型）。</translation>
    </message>
    <message>
      <source>Least-cost corridors (build network and map linkages)</source>
      <translation>最小成本廊道（构建网络并绘制连接）</translation>
    </message>
    <message>
      <source>Joins ecological sources across a resistance surface as Linkage Mapper's Build Network and Map Linkages does: candidate links between sources whose cost allocation zones touch (or Euclidean zones, or every pair within a distance), the least-cost path and cost-weighted distance of each, links dropped when their path crosses a third source or they are too long, and the normalised least-cost corridors truncated at a cost-distance width.</source>
      <translation>按 Linkage Mapper 的 Build Network and Map Linkages 方法，在阻力面上连接生态源地：候选连接为成本分配区相邻的源地对（或欧氏分配区相邻，或距离阈值内的所有源地对），计算每条连接的最小成本路径和成本加权距离，删除路径穿越第三个源地或过长的连接，并生成按成本距离宽度截断的归一化最小成本廊道。</translation>
    </message>
    <message>
      <source>Cost-weighted distance with the ArcGIS convention: a step between orthogonal neighbours costs cell size x (r_a + r_b)/2, a diagonal step sqrt(2) times that. LCD_AB = min over B's cells of CWD_A. Corridor NLCC(x) = min over links of CWD_A(x) + CWD_B(x) - LCD_AB (0 on the least-cost path), cells above WIDTH_CUTOFF left out. cwd_euc_ratio = LCD / edge-to-edge distance, cwd_path_ratio = LCD / path length.</source>
      <translation>成本加权距离采用 ArcGIS 约定：正交相邻像元间一步的成本为 像元大小 x (r_a + r_b)/2，对角一步为其 sqrt(2) 倍。LCD_AB = CWD_A 在 B 各像元上的最小值。廊道 NLCC(x) = 对所有连接取 CWD_A(x) + CWD_B(x) - LCD_AB 的最小值（最小成本路径上为 0），超过 WIDTH_CUTOFF 的像元被排除。cwd_euc_ratio = LCD / 边缘间距离，cwd_path_ratio = LCD / 路径长度。</translation>
    </message>
    <message>
      <source>Source ids as a raster (0 or nodata = none); or give SOURCE_POLYGONS with SOURCE_ID_FIELD instead.</source>
      <translation>源地 ID 栅格（0 或无数据 = 非源地）；也可改为提供 SOURCE_POLYGONS 及 SOURCE_ID_FIELD。</translation>
    </message>
    <message>
      <source>Which sources become candidate links: those whose cost-allocation zones touch (Linkage Mapper's default), whose Euclidean allocation zones touch, or every pair within MAX_EUCLIDEAN.</source>
      <translation>哪些源地对成为候选连接：成本分配区相邻的（Linkage Mapper 默认）、欧氏分配区相邻的，或 MAX_EUCLIDEAN 范围内的所有源地对。</translation>
    </message>
    <message>
      <source>Drop candidates farther apart, edge to edge (0 = no limit).</source>
      <translation>删除边缘间距离超过此值的候选连接（0 = 不限）。</translation>
    </message>
    <message>
      <source>Drop links with a larger LCD (0 = no limit).</source>
      <translation>删除 LCD 超过此值的连接（0 = 不限）。</translation>
    </message>
    <message>
      <source>Keep links whose path crosses a third source.</source>
      <translation>保留路径穿越第三个源地的连接。</translation>
    </message>
    <message>
      <source>Keep only each source's N nearest links (0 = all).</source>
      <translation>每个源地仅保留最近的 N 条连接（0 = 全部）。</translation>
    </message>
    <message>
      <source>Cost-distance width of the corridors (0 = untruncated).</source>
      <translation>廊道的成本距离宽度（0 = 不截断）。</translation>
    </message>
    <message>
      <source>Least-cost paths as lines: from_id, to_id, lcd, euc_dist, path_length, cwd_euc_ratio, cwd_path_ratio.</source>
      <translation>以线表示的最小成本路径：from_id, to_id, lcd, euc_dist, path_length, cwd_euc_ratio, cwd_path_ratio。</translation>
    </message>
    <message>
      <source>Normalised least-cost corridors (Float32).</source>
      <translation>归一化最小成本廊道（Float32）。</translation>
    </message>
    <message>
      <source>Optional folder: each source's cost-distance raster.</source>
      <translation>可选文件夹：保存每个源地的成本距离栅格。</translation>
    </message>
    <message>
      <source>MSPA (Morphological Spatial Pattern Analysis)</source>
      <translation>MSPA（形态学空间格局分析）</translation>
    </message>
    <message>
      <source>Splits the habitat of a map into MSPA's seven classes (core, islet, perforation, edge, loop, bridge, branch) pixel for pixel as the JRC MSPA engine of GuidosToolbox does, with its byte coding and colours, and a table of the classes. Core areas are the usual candidates for ecological sources.</source>
      <translation>按 GuidosToolbox 中 JRC MSPA 引擎的方法，逐像元将图中的生境划分为 MSPA 的七种景观类型（核心区、孤岛、穿孔、边缘区、环道区、桥接区、支线），采用其字节编码和配色，并输出各类型统计表。核心区通常作为生态源地的候选区域。</translation>
    </message>
    <message>
      <source>Core: foreground farther than EDGE_WIDTH + 0.98 (Euclidean) from background; islet: foreground components without core; edge / perforation: the ring around core outside / inside its holes; loop / bridge: the anchored skeleton linking a core to itself / to another core; branch: the rest. Missing pixels near foreground count as foreground. Coding: core 17, islet 9, perforation 5, edge 3, loop 65 (67/69 in edge/perforation), bridge 33 (35/37), branch 1, background 0, missing 129; INTEXT adds 100 inside core holes and splits background into core-opening 100 and border-opening 220.</source>
      <translation>核心区：与背景的（欧氏）距离大于 EDGE_WIDTH + 0.98 的前景；孤岛：不含核心区的前景连通组分；边缘区 / 穿孔：核心区外侧 / 其内部孔洞周围的环带；环道区 / 桥接区：连接核心区与自身 / 与另一核心区的锚定骨架；支线：其余部分。靠近前景的缺失像元按前景处理。编码：核心区 17，孤岛 9，穿孔 5，边缘区 3，环道区 65（位于边缘区/穿孔中为 67/69），桥接区 33（35/37），支线 1，背景 0，缺失 129；INTEXT 对核心区孔洞内的像元加 100，并将背景分为核心区开口 100 和边界开口 220。</translation>
    </message>
    <message>
      <source>Habitat map (e.g. land cover).</source>
      <translation>生境图（如土地覆被）。</translation>
    </message>
    <message>
      <source>Values that are habitat, comma separated (default 2).</source>
      <translation>属于生境的值，逗号分隔（默认 2）。</translation>
    </message>
    <message>
      <source>Values that are missing besides nodata (default 0).</source>
      <translation>除无数据外视为缺失的值（默认 0）。</translation>
    </message>
    <message>
      <source>Foreground cells connected to their eight or four neighbours.</source>
      <translation>前景像元与其八邻域或四邻域相连。</translation>
    </message>
    <message>
      <source>Edge width in pixels (default 1).</source>
      <translation>边缘宽度，单位为像元（默认 1）。</translation>
    </message>
    <message>
      <source>Show the transition pixels of loops and bridges (as GuidosToolbox, this changes colours only; the codes are the same).</source>
      <translation>显示环道区和桥接区的过渡像元（与 GuidosToolbox 相同，仅改变颜色，编码不变）。</translation>
    </message>
    <message>
      <source>Tell internal from external features.</source>
      <translation>区分内部与外部要素。</translation>
    </message>
    <message>
      <source>Byte raster in GuidosToolbox's coding, with its colour table.</source>
      <translation>采用 GuidosToolbox 编码的 Byte 栅格，附带其颜色表。</translation>
    </message>
    <message>
      <source>class, name, pixels, area (map units squared), share of foreground (%).</source>
      <translation>class（类型）、name（名称）、pixels（像元数）、area（面积，地图单位的平方）、share of foreground（占前景比例，%）。</translation>
    </message>
    <message>
      <source>Network report (maps and tables, HTML)</source>
      <translation>生态安全网络报告（地图与表格，HTML）</translation>
    </message>
    <message>
      <source>Writes one HTML page that shows an ecological security network as the studies publish it: maps of the sources and resistance, the corridors with their current, the pinch points, the barriers and the key areas, drawn by QGIS with each layer's style (the .qml beside a file, else the layer's own), and the tables of the Liuzhi study: sources with area and level, corridors with length, cost distance, current and level, pinch points and barriers with number, area and corridor length, key areas by unit with land use.</source>
      <translation>生成一个 HTML 页面，按研究论文的发表形式展示生态安全网络：由 QGIS 按各图层的样式（文件旁的 .qml，否则为图层自身的样式）绘制的源地与阻力面图、带电流的生态廊道图、夹点图、障碍点图和关键区图，以及六枝研究中的表格：源地（面积与等级），廊道（长度、成本距离、电流与等级），夹点与障碍点（数量、面积与廊道长度），按行政单元统计的关键区（附土地利用）。</translation>
    </message>
    <message>
      <source>Lengths and areas are measured in the layers' CRS (in metres; on its ellipsoid when it is geographic) when their fields (path_length, src_area, area_ha) are missing. Corridor length in key areas = length of the links inside their polygons.</source>
      <translation>若缺少长度和面积字段（path_length、src_area、area_ha），则在图层的 CRS 中量算（单位为米；地理坐标系时在其椭球体上量算）。关键区内的廊道长度 = 位于关键区面内的连接长度。</translation>
    </message>
    <message>
      <source>Sources (ecosecurity:selectsources or :centrality): source_id, src_area (m2), src_dPC and level when present.</source>
      <translation>源地（ecosecurity:selectsources 或 :centrality 的输出）：source_id、src_area（m2）、src_dPC，以及 level（若存在）。</translation>
    </message>
    <message>
      <source>Links (ecosecurity:centrality, or :leastcostcorridors): from_id, to_id, lcd, path_length, current_flow and level when present.</source>
      <translation>连接（ecosecurity:centrality 或 :leastcostcorridors 的输出）：from_id、to_id、lcd、path_length、current_flow，以及 level（若存在）。</translation>
    </message>
    <message>
      <source>Rasters for the maps (optional; a map whose raster is missing is left out).</source>
      <translation>用于制图的栅格（可选；缺少栅格的地图将被略去）。</translation>
    </message>
    <message>
      <source>Key areas (ecosecurity:keyareas OUTPUT).</source>
      <translation>关键区（ecosecurity:keyareas 的 OUTPUT）。</translation>
    </message>
    <message>
      <source>Key areas by unit (ecosecurity:keyareas OUTPUT_SUMMARY).</source>
      <translation>按行政单元统计的关键区（ecosecurity:keyareas 的 OUTPUT_SUMMARY）。</translation>
    </message>
    <message>
      <source>Administrative units drawn as outlines.</source>
      <translation>以轮廓线绘制的行政单元。</translation>
    </message>
    <message>
      <source>The report; the maps are PNG images inside the page, so it is one file that opens offline.</source>
      <translation>报告；地图以 PNG 图片形式嵌入页面，因此报告为单个文件，可离线打开。</translation>
    </message>
    <message>
      <source>Omnidirectional connectivity (Omniscape)</source>
      <translation>全向连通性（Omniscape）</translation>
    </message>
    <message>
      <source>Where movement flows across the whole landscape, without choosing sources first: McRae's moving-window circuit method as Omniscape.jl computes it (its test suite is reproduced). Every target block of BLOCK_SIZE x BLOCK_SIZE cells is the ground of one circuit on the disc of radius RADIUS + BUFFER cells around it, fed by the source strengths within RADIUS cells, scaled to the block's own total strength.</source>
      <translation>无需预先选定源地，计算整个景观中生物移动的流动格局：按 Omniscape.jl 的计算方法实现 McRae 的移动窗口电路方法（复现了其测试集）。每个 BLOCK_SIZE x BLOCK_SIZE 像元的目标块作为一个电路的接地，该电路位于目标块周围半径为 RADIUS + BUFFER 个像元的圆盘上，由 RADIUS 个像元范围内的源强度供电，注入电流总量按该目标块自身的总源强度缩放。</translation>
    </message>
    <message>
      <source>Conductance g = 1/R; edges join 8 (or 4) neighbours with (g1 + g2)/2, diagonals divided by sqrt(2); the target cell is grounded; a cell's current is the larger of its in- and outflow. Cumulative current = sum over windows (times Omniscape's block-artifact correction when BLOCK_SIZE &gt; 1); flow potential = the same with R = 1 everywhere; normalised current = cumulative / flow potential (0/0 = 0): &lt; 1 where resistance impedes movement, &gt; 1 where it channels it.</source>
      <translation>电导 g = 1/R；边连接 8（或 4）个相邻像元，边电导为 (g1 + g2)/2，对角边再除以 sqrt(2)；目标像元接地；像元电流取其流入与流出电流中的较大者。累积电流 = 各窗口电流之和（BLOCK_SIZE &gt; 1 时乘以 Omniscape 的分块伪影校正系数）；流动潜力 = 各处 R = 1 时的同一计算结果；标准化电流 = 累积电流 / 流动潜力（0/0 = 0）：&lt; 1 表示阻力阻碍移动，&gt; 1 表示阻力使移动通道化。</translation>
    </message>
    <message>
      <source>Resistance raster (conductance with IS_CONDUCTANCE); values must be &gt; 0, nodata cells are outside the circuit.</source>
      <translation>阻力栅格（设置 IS_CONDUCTANCE 时为电导）；取值须 &gt; 0，无数据像元不纳入电路。</translation>
    </message>
    <message>
      <source>Source strength raster; or SOURCE_FROM_RESISTANCE: 1/R (the conductance) where R &lt;= R_CUTOFF, else 0.</source>
      <translation>源强度栅格；或设置 SOURCE_FROM_RESISTANCE：R &lt;= R_CUTOFF 处取 1/R（即电导），否则取 0。</translation>
    </message>
    <message>
      <source>Window radius in cells (the distance in map units is RADIUS times the cell size, logged at the start of the run).</source>
      <translation>窗口半径，单位为像元（以地图单位表示的距离为 RADIUS 乘以像元大小，在运行开始时写入日志）。</translation>
    </message>
    <message>
      <source>Target block side in cells (odd; an even size is raised by 1). Larger blocks run about BLOCK_SIZE^2 times faster.</source>
      <translation>目标块边长，单位为像元（须为奇数；偶数会加 1）。块越大运行越快，速度约提高 BLOCK_SIZE^2 倍。</translation>
    </message>
    <message>
      <source>Cells added around the source disc to the circuit (not sources).</source>
      <translation>在源圆盘周围加入电路的像元数（这些像元不作为源）。</translation>
    </message>
    <message>
      <source>Source strengths below it become 0.</source>
      <translation>低于该值的源强度设为 0。</translation>
    </message>
    <message>
      <source>Four neighbours instead of eight.</source>
      <translation>使用四邻域而非八邻域。</translation>
    </message>
    <message>
      <source>Omniscape's block-artifact correction (default on).</source>
      <translation>Omniscape 的分块伪影校正（默认开启）。</translation>
    </message>
    <message>
      <source>Nodata of the resistance stays nodata in the outputs.</source>
      <translation>阻力栅格中的无数据像元在输出中保持为无数据。</translation>
    </message>
    <message>
      <source>Conditional connectivity: a source feeds a target only if its condition value minus the median of the target block's (future) values lies in [LOWER, UPPER] (0 within) or equals the block's most frequent value (1 equal).</source>
      <translation>条件连通性：仅当源像元的条件值减去目标块（未来）条件值的中位数落在 [LOWER, UPPER] 内（0 区间内），或等于目标块中出现频率最高的值（1 相等）时，该源才向目标供电。</translation>
    </message>
    <message>
      <source>Which conditions use their future raster for the target: 0 none, 1 first, 2 second, 3 both.</source>
      <translation>哪些条件对目标块使用其未来栅格：0 无，1 第一个，2 第二个，3 两者。</translation>
    </message>
    <message>
      <source>Optional rows 'from, to' applied to the resistance first; a 'to' of 'missing' (or empty) makes the cells nodata.</source>
      <translation>可选的 'from, to' 行，先应用于阻力栅格；'to' 为 'missing'（或为空）时将相应像元设为无数据。</translation>
    </message>
    <message>
      <source>Read the inputs in 32-bit (Omniscape's precision = single).</source>
      <translation>以 32 位读取输入（即 Omniscape 的 precision = single）。</translation>
    </message>
    <message>
      <source>Processes solving batches of windows side by side (1: none started).</source>
      <translation>并行分批求解窗口的进程数（1：不另起进程）。</translation>
    </message>
    <message>
      <source>Cumulative current.</source>
      <translation>累积电流。</translation>
    </message>
    <message>
      <source>Flow potential (optional).</source>
      <translation>流动潜力（可选）。</translation>
    </message>
    <message>
      <source>Normalised current (optional), drawn in McRae et al.'s four flow classes with bounds chosen here: impeded &lt; 0.7, diffuse 0.7-1.3, intensified 1.3-1.7, channelised &gt; 1.7.</source>
      <translation>标准化电流（可选），按 McRae et al. 的四种流动类型符号化，类别界限由本工具设定：受阻 &lt; 0.7，扩散 0.7-1.3，强化 1.3-1.7，通道化 &gt; 1.7。</translation>
    </message>
    <message>
      <source>Panel dynamics: density, unit roots, panel VAR, forecasts</source>
      <translation>面板动态：核密度、单位根、面板向量自回归与预测</translation>
    </message>
    <message>
      <source>Panel unit-root tests of each variable (and its first differences), as R plm's purtest and Stata's xtunitroot compute them; the figures of plm 2.6-2 are reproduced. A unit with gaps is tested on its longest run of consecutive periods (reported in the log); LLC, Harris-Tzavalis and Hadri need a balanced panel and say so when it is not.</source>
      <translation>按 R plm 包的 purtest 和 Stata 的 xtunitroot 的计算方法，对每个变量（及其一阶差分）进行面板单位根检验；复现了 plm 2.6-2 的结果。存在缺失期的个体使用其最长的连续时期进行检验（在日志中报告）；LLC、Harris-Tzavalis 和 Hadri 检验要求平衡面板，面板不平衡时会给出提示。</translation>
    </message>
    <message>
      <source>Unit ADF: dy_t = rho y_(t-1) + sum_(j&lt;=p) g_j dy_(t-j) + d_t + e_t, t_i = t of rho (scaled by sqrt(n/(n-k)) as plm). IPS: W = sqrt(N)(tbar - E[t])/sqrt(Var[t]) with IPS (2003) Table 3 moments. LLC: t* adjusted with LLC (2002) Table 2. Fisher: P = -2 sum ln p_i, Z = sum Phi^-1(p_i)/sqrt N, L*, Pm = sum(-2 ln p_i - 2)/(2 sqrt N), p_i MacKinnon (1996). HT: z = sqrt(N)(rho - 1 - B)/sqrt(C). Hadri: LM of the KPSS type (heteroskedasticity-consistent, as plm's default); null: all stationary.</source>
      <translation>个体 ADF：dy_t = rho y_(t-1) + sum_(j&lt;=p) g_j dy_(t-j) + d_t + e_t，t_i = rho 的 t 值（与 plm 一样乘以 sqrt(n/(n-k))）。IPS：W = sqrt(N)(tbar - E[t])/sqrt(Var[t])，矩采用 IPS (2003) Table 3。LLC：t* 按 LLC (2002) Table 2 调整。Fisher：P = -2 sum ln p_i，Z = sum Phi^-1(p_i)/sqrt N，L*，Pm = sum(-2 ln p_i - 2)/(2 sqrt N)，p_i 采用 MacKinnon (1996)。HT：z = sqrt(N)(rho - 1 - B)/sqrt(C)。Hadri：KPSS 型 LM 统计量（异方差一致，与 plm 默认相同）；原假设：全部平稳。</translation>
    </message>
    <message>
      <source>Region (unit) field.</source>
      <translation>区域（个体）字段。</translation>
    </message>
    <message>
      <source>Period field.</source>
      <translation>时期字段。</translation>
    </message>
    <message>
      <source>Variables to test.</source>
      <translation>待检验的变量。</translation>
    </message>
    <message>
      <source>Which tests (default all).</source>
      <translation>采用哪些检验（默认全部）。</translation>
    </message>
    <message>
      <source>Deterministic terms of each unit's test regression.</source>
      <translation>各个体检验回归中的确定性项。</translation>
    </message>
    <message>
      <source>ADF lags (or the most lags a selection may choose).</source>
      <translation>ADF 滞后阶数（或自动选择时的最大滞后阶数）。</translation>
    </message>
    <message>
      <source>Fixed LAGS, or chosen per unit up to LAGS by AIC, SIC (BIC) or Hall's general-to-specific rule, as plm does.</source>
      <translation>固定为 LAGS，或与 plm 一样，按 AIC、SIC（BIC）或 Hall 的一般到特殊规则，对每个个体在 LAGS 以内选择。</translation>
    </message>
    <message>
      <source>Also test the first differences.</source>
      <translation>同时检验一阶差分。</translation>
    </message>
    <message>
      <source>variable, series, test, statistic, p_value, null, verdict.</source>
      <translation>variable（变量）、series（序列）、test（检验）、statistic（统计量）、p_value（p 值）、null（原假设）、verdict（结论）。</translation>
    </message>
    <message>
      <source>The results and the series of every unit.</source>
      <translation>结果及每个个体的序列。</translation>
    </message>
    <message>
      <source>Panel VAR (GMM), impulse responses and variance decomposition</source>
      <translation>面板向量自回归（PVAR，GMM）、脉冲响应与方差分解</translation>
    </message>
    <message>
      <source>Whether two (or more) systems drive each other over regions and years: a panel vector autoregression with fixed effects removed by forward orthogonal deviations or first differences, estimated equation by equation by GMM with lagged levels as instruments, as R's panelvar (pvargmm) and Stata's pvar do; panelvar's Dahlberg fit is reproduced digit for digit, in a fraction of its time. Also: Andrews-Lu lag selection, Granger Wald tests, stability, orthogonalised impulse responses with bootstrap bands (whole regions resampled) and variance decomposition.</source>
      <translation>分析两个（或多个）系统在区域和年份上是否相互驱动：采用面板向量自回归，以前向正交离差变换或一阶差分消除固定效应，以滞后水平值为工具变量逐方程进行 GMM 估计，与 R 的 panelvar（pvargmm）和 Stata 的 pvar 一致；逐位复现了 panelvar 的 Dahlberg 算例结果，且耗时仅为其一小部分。另外提供：Andrews-Lu 滞后阶数选择、格兰杰因果 Wald 检验、稳定性检验、带自助法置信带（以整个区域为单位重抽样）的正交化脉冲响应，以及方差分解。</translation>
    </message>
    <message>
      <source>y_it = mu_i + A_1 y_i,t-1 + ... + A_p y_i,t-p + B x_it + e_it. GMM: Phi' = (S_ZX' W S_ZX)^-1 S_ZX' W S_ZY, one-step W = (sum_i Z_i' H Z_i)^-1, two-step W from the one-step moments with Windmeijer (2005) standard errors. Hansen J = g' W g. MMSC (as panelvar): BIC = J - (c - b) ln n, AIC = J - 2(c - b), HQIC = J - 2.1 (c - b) ln ln n. OIRF: Psi_h = Phi_h P, P the Cholesky factor of the residual covariance in VARIABLES order (h = 1 is the impact). FEVD: sum_(s&lt;=h) Psi_s[j,k]^2 / MSE_h[j,j].</source>
      <translation>y_it = mu_i + A_1 y_i,t-1 + ... + A_p y_i,t-p + B x_it + e_it。GMM：Phi' = (S_ZX' W S_ZX)^-1 S_ZX' W S_ZY，一步法 W = (sum_i Z_i' H Z_i)^-1，两步法 W 由一步法的矩条件得到，并采用 Windmeijer (2005) 标准误。Hansen J = g' W g。MMSC（与 panelvar 相同）：BIC = J - (c - b) ln n，AIC = J - 2(c - b)，HQIC = J - 2.1 (c - b) ln ln n。OIRF：Psi_h = Phi_h P，P 为残差协方差矩阵按 VARIABLES 顺序的 Cholesky 因子（h = 1 为当期冲击）。FEVD：sum_(s&lt;=h) Psi_s[j,k]^2 / MSE_h[j,j]。</translation>
    </message>
    <message>
      <source>Endogenous variables; their order is the Cholesky order.</source>
      <translation>内生变量；其顺序即 Cholesky 排序。</translation>
    </message>
    <message>
      <source>Optional strictly exogenous variables.</source>
      <translation>可选的严格外生变量。</translation>
    </message>
    <message>
      <source>VAR order p.</source>
      <translation>VAR 滞后阶数 p。</translation>
    </message>
    <message>
      <source>Lag-selection table for 1..MAX_LAGS.</source>
      <translation>1..MAX_LAGS 的滞后阶数选择表。</translation>
    </message>
    <message>
      <source>How the fixed effects are removed.</source>
      <translation>固定效应的消除方式。</translation>
    </message>
    <message>
      <source>Levels lagged this far instrument each equation (default 2..99).</source>
      <translation>用作各方程工具变量的水平值滞后阶数范围（默认 2..99）。</translation>
    </message>
    <message>
      <source>One instrument column per lag (Roodman 2009) against instrument proliferation.</source>
      <translation>每个滞后阶一个工具变量列（Roodman 2009），以防止工具变量过多。</translation>
    </message>
    <message>
      <source>One-step or two-step GMM.</source>
      <translation>一步法或两步法 GMM。</translation>
    </message>
    <message>
      <source>Take logs first (values &gt; 0).</source>
      <translation>先取对数（数值须 &gt; 0）。</translation>
    </message>
    <message>
      <source>Impulse-response and FEVD horizon.</source>
      <translation>脉冲响应（IRF）与预测误差方差分解（FEVD）的期数。</translation>
    </message>
    <message>
      <source>Bootstrap draws for the IRF bands (0 = none).</source>
      <translation>脉冲响应（IRF）置信带的自助抽样次数（0 = 不计算）。</translation>
    </message>
    <message>
      <source>Random seed of the bootstrap.</source>
      <translation>自助法的随机种子。</translation>
    </message>
    <message>
      <source>equation, regressor, coefficient, std_error, z, p.</source>
      <translation>equation（方程）、regressor（解释变量）、coefficient（系数）、std_error（标准误）、z、p。</translation>
    </message>
    <message>
      <source>lags, J, df, p, MMSC-BIC, AIC, HQIC.</source>
      <translation>lags、J、df、p、MMSC-BIC、AIC、HQIC。</translation>
    </message>
    <message>
      <source>equation, excluded, chi2, df, p.</source>
      <translation>equation（方程）、excluded（被排除变量）、chi2、df、p。</translation>
    </message>
    <message>
      <source>response, shock, h, irf, lower, upper (95 % bands).</source>
      <translation>response（响应变量）、shock（冲击变量）、h、irf、lower、upper（95 % 置信带）。</translation>
    </message>
    <message>
      <source>variable, h, and the share of each shock.</source>
      <translation>variable（变量）、h，以及各冲击的贡献比例。</translation>
    </message>
    <message>
      <source>Numeric outputs; stable when MAX_MODULUS &lt; 1.</source>
      <translation>数值结果；MAX_MODULUS &lt; 1 时模型稳定。</translation>
    </message>
    <message>
      <source>Estimates, tests, the IRF grid and FEVD bars.</source>
      <translation>估计结果、检验、脉冲响应（IRF）网格图和预测误差方差分解（FEVD）条形图。</translation>
    </message>
    <message>
      <source>Patch connectivity importance (dIIC, dPC)</source>
      <translation>斑块连通重要性（dIIC, dPC）</translation>
    </message>
    <message>
      <source>The importance of each habitat patch for landscape connectivity as Conefor 2.6 computes it (its node importances are reproduced to 1e-5): the integral index of connectivity IIC and the probability of connectivity PC, and how much each drops when the patch is lost, split into intra, flux and connector (stepping-stone) fractions. Patches are polygons, a raster of patch labels, or an MSPA output whose core is cut into patches.</source>
      <translation>按 Conefor 2.6 的方法计算各生境斑块对景观连通性的重要性（其节点重要性结果复现精度达 1e-5）：整体连通性指数 IIC 和可能连通性指数 PC，以及移除该斑块后各指数的下降幅度，并分解为内部（intra）、通量（flux）和连接（connector，踏脚石）三个分量。斑块可以是面、斑块标识栅格，或将核心区切分为斑块的 MSPA 输出。</translation>
    </message>
    <message>
      <source>IIC_num = sum_i sum_j a_i a_j / (1 + nl_ij), nl_ij links on the shortest path, a link where d_ij &lt;= IIC_THRESHOLD. PC_num = sum_i sum_j a_i a_j p*_ij, p_ij = exp(-k d_ij), k = -ln(PC_PROBABILITY)/PC_DISTANCE, p* the best product over paths. dI_k = 100 (I - I_without_k)/I = dI_intra + dI_flux + dI_connector (Saura and Rubio 2010); dA = 100 a_k / sum a; IIC, PC = I_num / A_L^2; EC = sqrt(I_num).</source>
      <translation>IIC_num = sum_i sum_j a_i a_j / (1 + nl_ij)，nl_ij 为最短路径上的连接数，d_ij &lt;= IIC_THRESHOLD 时建立连接。PC_num = sum_i sum_j a_i a_j p*_ij，p_ij = exp(-k d_ij)，k = -ln(PC_PROBABILITY)/PC_DISTANCE，p* 为所有路径中的最大概率乘积。dI_k = 100 (I - I_without_k)/I = dI_intra + dI_flux + dI_connector（Saura and Rubio 2010）；dA = 100 a_k / sum a；IIC, PC = I_num / A_L^2；EC = sqrt(I_num)。</translation>
    </message>
    <message>
      <source>A raster of patch labels (0 / nodata = none) or an MSPA output (RASTER_KIND); or give PATCH_POLYGONS instead.</source>
      <translation>斑块标识栅格（0 / 无数据 = 非斑块）或 MSPA 输出（RASTER_KIND）；也可改为提供 PATCH_POLYGONS。</translation>
    </message>
    <message>
      <source>Patches as polygons, instead of the raster.</source>
      <translation>以面表示的斑块，替代栅格。</translation>
    </message>
    <message>
      <source>Id field of the polygons (default: the feature id).</source>
      <translation>面的 ID 字段（默认：要素 ID）。</translation>
    </message>
    <message>
      <source>Patch labels, or an MSPA output whose core (17, 117) is labelled into patches with CONNECTIVITY.</source>
      <translation>斑块标识，或 MSPA 输出：其核心区（17, 117）按 CONNECTIVITY 标识为斑块。</translation>
    </message>
    <message>
      <source>Patch cells connected to their eight or four neighbours.</source>
      <translation>斑块像元与其八邻域或四邻域相连。</translation>
    </message>
    <message>
      <source>Numeric field of polygons to use as a_i (default: area).</source>
      <translation>用作 a_i 的面数值字段（默认：面积）。</translation>
    </message>
    <message>
      <source>Distances between patch edges or between centroids.</source>
      <translation>斑块边缘之间或质心之间的距离。</translation>
    </message>
    <message>
      <source>Link distance of IIC (map units).</source>
      <translation>IIC 的连接距离（地图单位）。</translation>
    </message>
    <message>
      <source>p = PC_PROBABILITY at PC_DISTANCE (default 0.5).</source>
      <translation>在 PC_DISTANCE 处 p = PC_PROBABILITY（默认 0.5）。</translation>
    </message>
    <message>
      <source>Pairs farther apart are not linked directly, as Conefor's 'notall' distance files (0 = every pair).</source>
      <translation>距离超过此值的斑块对不建立直接连接，相当于 Conefor 的 'notall' 距离文件（0 = 所有斑块对）。</translation>
    </message>
    <message>
      <source>A_L for IIC and PC themselves (0 = not given).</source>
      <translation>用于计算 IIC 和 PC 本身的 A_L（0 = 不指定）。</translation>
    </message>
    <message>
      <source>The patches with their own fields and dA, dIIC, dIIC_intra, dIIC_flux, dIIC_connector, dPC, dPC_intra, dPC_flux, dPC_connector (percent).</source>
      <translation>带原有字段及 dA, dIIC, dIIC_intra, dIIC_flux, dIIC_connector, dPC, dPC_intra, dPC_flux, dPC_connector（百分比）字段的斑块。</translation>
    </message>
    <message>
      <source>IIC and PC (with A_L), their numerators, EC(IIC), EC(PC), k.</source>
      <translation>IIC 和 PC（基于 A_L）、其分子、EC(IIC)、EC(PC)、k。</translation>
    </message>
    <message>
      <source>Pinch points (current flow in corridors)</source>
      <translation>夹点（廊道内的电流）</translation>
    </message>
    <message>
      <source>Finds where current concentrates inside the least-cost corridors, the narrow places to protect, as Linkage Mapper's Pinchpoint Mapper does: each link's corridor is cut out of the resistance surface and Circuitscape's pairwise solve runs between its two sources.</source>
      <translation>按 Linkage Mapper 的 Pinchpoint Mapper 方法，找出最小成本廊道内电流集中的位置，即需要保护的狭窄区域：从阻力面中裁切出每条连接的廊道，并在其两个源地之间运行 Circuitscape 成对模式求解。</translation>
    </message>
    <message>
      <source>Corridor of link (a, b): CWD_a + CWD_b - LCD_ab &lt;= CWD_CUTOFF (cost-weighted distance, ArcGIS convention). On that clipped resistance the sources a and b are focal regions (each shorted to one node) and 1 A flows from a to b; node current = (sum of |branch currents| + |injected current|) / 2 with branch current g (v_i - v_j), g = mean conductance of the two cells (diagonals / sqrt 2). Adjacent-pair mode combines the links' maps by maximum; ALL_PAIRS solves every pair of sources on the union of the corridors and sums their maps (cumulative current).</source>
      <translation>连接 (a, b) 的廊道：CWD_a + CWD_b - LCD_ab &lt;= CWD_CUTOFF（成本加权距离，ArcGIS 约定）。在裁切后的阻力面上，源地 a 和 b 作为焦点区域（各自短路为一个节点），1 A 电流从 a 流向 b；节点电流 = (|支路电流| 之和 + |注入电流|) / 2，支路电流为 g (v_i - v_j)，g = 两像元电导的平均值（对角线除以 sqrt 2）。相邻源地对模式下各连接的电流图取最大值合并；ALL_PAIRS 在所有廊道的并集上求解每对源地并将其电流图求和（累积电流）。</translation>
    </message>
    <message>
      <source>Corridor width as normalised cost-weighted distance (Linkage Mapper's default 10,000).</source>
      <translation>以归一化成本加权距离表示的廊道宽度（Linkage Mapper 默认 10,000）。</translation>
    </message>
    <message>
      <source>Solve all pairs over the whole corridor network (slower: one factorisation per pair).</source>
      <translation>在整个廊道网络上求解所有源地对（较慢：每对需一次矩阵分解）。</translation>
    </message>
    <message>
      <source>Current density (A per cell; nodata off the corridors).</source>
      <translation>电流密度（每像元 A；廊道外为无数据）。</translation>
    </message>
    <message>
      <source>Optional table: effective resistance of each solved pair within its corridor (-1: not connected).</source>
      <translation>可选表：每个已求解源地对在其廊道内的有效电阻（-1：不连通）。</translation>
    </message>
    <message>
      <source>Reclassify factor to scores</source>
      <translation>因子重分类评分</translation>
    </message>
    <message>
      <source>Scores a factor raster for a resistance surface, e.g. land-use classes 1-5 or elevation in five natural-breaks classes. Works block by block; nodata stays nodata.</source>
      <translation>为构建阻力面对因子栅格评分，例如将土地利用类型评为 1-5 分，或将高程按自然断点法分为五级。逐块处理；无数据保持为无数据。</translation>
    </message>
    <message>
      <source>Table: score = s_r for the first row r with min_r &lt;= x &lt;= max_r. Computed methods: class c in 1..k by the shared breaks (natural breaks = exact Fisher-Jenks), score = c when ASCENDING, k + 1 - c otherwise.</source>
      <translation>对照表：得分 = 满足 min_r &lt;= x &lt;= max_r 的第一行 r 的 s_r。计算类方法：按共同断点得到等级 c（1..k）（自然断点 = 精确的 Fisher-Jenks），ASCENDING 时得分 = c，否则为 k + 1 - c。</translation>
    </message>
    <message>
      <source>Factor raster.</source>
      <translation>因子栅格。</translation>
    </message>
    <message>
      <source>Band (default 1).</source>
      <translation>波段（默认 1）。</translation>
    </message>
    <message>
      <source>A table of values or ranges and their scores, a computed classification into CLASSES scores, or manual BREAKS.</source>
      <translation>值或值域及其得分的对照表、按计算分级划分为 CLASSES 级的得分，或手动断点 BREAKS。</translation>
    </message>
    <message>
      <source>Number of classes of a computed method (default 5).</source>
      <translation>计算类方法的分级数（默认 5）。</translation>
    </message>
    <message>
      <source>'value=score' or 'min,max=score' rows separated by ';', e.g. '1=5; 2=1; 3=5' for land use or '0,800=1; 800,1500=3; 1500,9000=5'; '0=nodata' makes a value nodata (e.g. sea coded 0).</source>
      <translation>以 ';' 分隔的 'value=score' 或 'min,max=score' 行，例如土地利用为 '1=5; 2=1; 3=5'，或 '0,800=1; 800,1500=3; 1500,9000=5'；'0=nodata' 将该值设为无数据（如编码为 0 的海域）。</translation>
    </message>
    <message>
      <source>Manual breaks, ascending, e.g. '0,500,1000,2000,5000'.</source>
      <translation>手动断点，升序，例如 '0,500,1000,2000,5000'。</translation>
    </message>
    <message>
      <source>High values get high scores (true), or low scores (false: e.g. distance to roads, where near means high resistance).</source>
      <translation>高值赋高分（true），或赋低分（false：例如距道路距离，距离近意味着阻力高）。</translation>
    </message>
    <message>
      <source>Values the table does not cover become nodata instead of an error that lists them.</source>
      <translation>对照表未覆盖的值设为无数据，而不是报错并列出这些值。</translation>
    </message>
    <message>
      <source>Score raster: Byte (nodata 255) when the scores are whole numbers 0-254, otherwise Float32 (nodata -9999); styled yellow to red.</source>
      <translation>得分栅格：得分为 0-254 的整数时为 Byte（无数据值 255），否则为 Float32（无数据值 -9999）；以黄至红色系符号化。</translation>
    </message>
    <message>
      <source>Resistance surface: scored factors, weights, corrections</source>
      <translation>阻力面：因子评分、权重与修正</translation>
    </message>
    <message>
      <source>Resistance surface (weighted overlay with corrections)</source>
      <translation>阻力面（加权叠加与修正）</translation>
    </message>
    <message>
      <source>Combines factor scores into a resistance surface: the weighted sum of the factors, multiplied by correction coefficients (e.g. 1.0-1.5 for rock desertification, soil erosion or geological hazards), optionally rescaled to a range circuit and least-cost solvers handle well. Block by block: memory does not grow with the rasters.</source>
      <translation>将各因子得分合成为阻力面：对因子加权求和，再乘以修正系数（例如石漠化、土壤侵蚀或地质灾害取 1.0-1.5），并可选择重缩放到电路理论和最小成本求解器易于处理的取值区间。逐块处理：内存占用不随栅格大小增长。</translation>
    </message>
    <message>
      <source>R = (sum_i w_i F_i) prod_j K_j with w normalised to sum 1; RESCALE [a, b]: R' = a + (b - a)(R - min R)/(max R - min R). Nodata in any factor or correction gives nodata.</source>
      <translation>R = (sum_i w_i F_i) prod_j K_j，w 归一化使其和为 1；RESCALE [a, b]：R' = a + (b - a)(R - min R)/(max R - min R)。任一因子或修正系数为无数据时结果为无数据。</translation>
    </message>
    <message>
      <source>Score rasters (e.g. from reclassify); their order is the order of the weights.</source>
      <translation>得分栅格（如来自 reclassify）；其顺序即权重的顺序。</translation>
    </message>
    <message>
      <source>Weights as text, e.g. '0.35,0.1,0.1,0.25,0.25'; positive, normalised.</source>
      <translation>以文本形式给出的权重，例如 '0.35,0.1,0.1,0.25,0.25'；须为正数，会被归一化。</translation>
    </message>
    <message>
      <source>Or the table of ahpweights (fields factor, weight): matched to the factors by layer name when every name matches, otherwise by row order.</source>
      <translation>或 ahpweights 输出的表（字段 factor、weight）：若所有名称都能匹配，则按图层名称与因子对应，否则按行顺序对应。</translation>
    </message>
    <message>
      <source>Optional rasters of multiplicative coefficients.</source>
      <translation>可选的乘法修正系数栅格。</translation>
    </message>
    <message>
      <source>Grid to align to (default: the first factor). Rasters on another grid or CRS are resampled by nearest neighbour, with a warning naming them.</source>
      <translation>对齐的目标网格（默认：第一个因子）。位于其他网格或 CRS 上的栅格按最邻近法重采样，并给出列出这些栅格的警告。</translation>
    </message>
    <message>
      <source>Optional target range, e.g. 1,100.</source>
      <translation>可选的目标区间，例如 1,100。</translation>
    </message>
    <message>
      <source>Float32 resistance (nodata -9999), styled yellow to red.</source>
      <translation>Float32 阻力面（无数据值 -9999），以黄至红色系符号化。</translation>
    </message>
    <message>
      <source>Select ecological sources</source>
      <translation>筛选生态源地</translation>
    </message>
    <message>
      <source>Ecological sources as studies define them: the habitat patches large enough and important enough for connectivity (area &gt;= MIN_AREA and dPC &gt;= MIN_DPC, e.g. the output of patchconnectivity), plus the parts of mandatory areas (ecological red line, nature reserves) they do not cover yet. Every source gets an id and an importance level by natural breaks on dPC; a raster of source ids on a reference grid feeds the corridor tools.</source>
      <translation>按研究中的通行定义确定生态源地：面积足够大且对连通性足够重要的生境斑块（area &gt;= MIN_AREA 且 dPC &gt;= MIN_DPC，如 patchconnectivity 的输出），再加上强制纳入区域（生态保护红线、自然保护区）中尚未被覆盖的部分。每个源地获得一个 ID，并按 dPC 用自然断点法划分重要性等级；参考栅格上的源地 ID 栅格可供廊道工具使用。</translation>
    </message>
    <message>
      <source>Kept: area_k &gt;= MIN_AREA and dPC_k &gt;= MIN_DPC. Levels: exact Fisher-Jenks breaks of the kept dPC into LEVELS classes, level 1 the highest. Mandatory parts: M minus the union of the kept patches, level 1. Ids: 1.. by decreasing dPC, then the mandatory parts.</source>
      <translation>保留条件：area_k &gt;= MIN_AREA 且 dPC_k &gt;= MIN_DPC。等级：对保留斑块的 dPC 做精确 Fisher-Jenks 分级，分为 LEVELS 级，1 级最高。强制纳入部分：M 减去保留斑块的并集，等级为 1。ID：按 dPC 从大到小编号为 1..，其后为强制纳入部分。</translation>
    </message>
    <message>
      <source>Patch polygons with area and dPC fields.</source>
      <translation>带面积和 dPC 字段的斑块面图层。</translation>
    </message>
    <message>
      <source>Their names (default area and dPC; without an area field the polygon area is used).</source>
      <translation>其字段名（默认 area 和 dPC；无面积字段时使用面的几何面积）。</translation>
    </message>
    <message>
      <source>Smallest area kept, map units squared.</source>
      <translation>保留的最小面积，单位为地图单位的平方。</translation>
    </message>
    <message>
      <source>Smallest dPC kept (default 1).</source>
      <translation>保留的最小 dPC（默认 1）。</translation>
    </message>
    <message>
      <source>Optional protected areas that are sources whatever their dPC.</source>
      <translation>可选的保护地，无论其 dPC 如何均作为源地。</translation>
    </message>
    <message>
      <source>Importance levels (default 3).</source>
      <translation>重要性等级数（默认 3）。</translation>
    </message>
    <message>
      <source>Grid of OUTPUT_RASTER (e.g. the resistance surface).</source>
      <translation>OUTPUT_RASTER 的网格（如阻力面）。</translation>
    </message>
    <message>
      <source>Sources: source_id, origin (patch or mandatory), area, dPC, level; the patch's own fields kept.</source>
      <translation>源地：source_id, origin（patch 或 mandatory）, area, dPC, level；保留斑块原有字段。</translation>
    </message>
    <message>
      <source>Source ids on the REFERENCE grid (0 = none).</source>
      <translation>REFERENCE 网格上的源地 ID（0 = 非源地）。</translation>
    </message>
    <message>
      <source>Extreme imbalance</source>
      <translation>极度失调</translation>
    </message>
    <message>
      <source>Severe imbalance</source>
      <translation>严重失调</translation>
    </message>
    <message>
      <source>Moderate imbalance</source>
      <translation>中度失调</translation>
    </message>
    <message>
      <source>Mild imbalance</source>
      <translation>轻度失调</translation>
    </message>
    <message>
      <source>Borderline coordination</source>
      <translation>濒临失调</translation>
    </message>
    <message>
      <source>Primary coordination</source>
      <translation>勉强协调</translation>
    </message>
    <message>
      <source>Mild coordination</source>
      <translation>初级协调</translation>
    </message>
    <message>
      <source>Moderate coordination</source>
      <translation>中级协调</translation>
    </message>
    <message>
      <source>Good coordination</source>
      <translation>良好协调</translation>
    </message>
    <message>
      <source>High coordination</source>
      <translation>优质协调</translation>
    </message>
    <message>
      <source>Background</source>
      <translation>背景</translation>
    </message>
    <message>
      <source>Branch</source>
      <translation>支线</translation>
    </message>
    <message>
      <source>Edge</source>
      <translation>边缘区</translation>
    </message>
    <message>
      <source>Perforation</source>
      <translation>穿孔</translation>
    </message>
    <message>
      <source>Islet</source>
      <translation>孤岛</translation>
    </message>
    <message>
      <source>Core</source>
      <translation>核心区</translation>
    </message>
    <message>
      <source>Bridge</source>
      <translation>桥接区</translation>
    </message>
    <message>
      <source>Bridge in edge</source>
      <translation>边缘区内桥接区</translation>
    </message>
    <message>
      <source>Bridge in perforation</source>
      <translation>穿孔内桥接区</translation>
    </message>
    <message>
      <source>Loop</source>
      <translation>环道区</translation>
    </message>
    <message>
      <source>Loop in edge</source>
      <translation>边缘区内环道区</translation>
    </message>
    <message>
      <source>Loop in perforation</source>
      <translation>穿孔内环道区</translation>
    </message>
    <message>
      <source>Core-opening</source>
      <translation>核心开口</translation>
    </message>
    <message>
      <source>Internal branch</source>
      <translation>内部支线</translation>
    </message>
    <message>
      <source>Internal edge</source>
      <translation>内部边缘区</translation>
    </message>
    <message>
      <source>Internal perforation</source>
      <translation>内部穿孔</translation>
    </message>
    <message>
      <source>Internal islet</source>
      <translation>内部孤岛</translation>
    </message>
    <message>
      <source>Internal core</source>
      <translation>内部核心区</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>缺失</translation>
    </message>
    <message>
      <source>Internal bridge</source>
      <translation>内部桥接区</translation>
    </message>
    <message>
      <source>Internal bridge in edge</source>
      <translation>内部边缘区内桥接区</translation>
    </message>
    <message>
      <source>Internal bridge in perforation</source>
      <translation>内部穿孔内桥接区</translation>
    </message>
    <message>
      <source>Internal loop</source>
      <translation>内部环道区</translation>
    </message>
    <message>
      <source>Internal loop in edge</source>
      <translation>内部边缘区内环道区</translation>
    </message>
    <message>
      <source>Internal loop in perforation</source>
      <translation>内部穿孔内环道区</translation>
    </message>
    <message>
      <source>Border-opening</source>
      <translation>边界开口</translation>
    </message>
    <message>
      <source>Sources and resistance</source>
      <translation>源地与阻力面</translation>
    </message>
    <message>
      <source>Corridors and current</source>
      <translation>廊道与电流</translation>
    </message>
    <message>
      <source>Impeded (&lt; 0.7)</source>
      <translation>受阻（&lt; 0.7）</translation>
    </message>
    <message>
      <source>Diffuse (0.7 - 1.3)</source>
      <translation>扩散（0.7 - 1.3）</translation>
    </message>
    <message>
      <source>Intensified (1.3 - 1.7)</source>
      <translation>强化（1.3 - 1.7）</translation>
    </message>
    <message>
      <source>Channelised (&gt; 1.7)</source>
      <translation>通道化（&gt; 1.7）</translation>
    </message>
    <message>
      <source>Could not write the style beside %s: %s</source>
      <translation>无法在 %s 旁写入样式：%s</translation>
    </message>
    <message>
      <source>Layer '%s' has no field '%s'. Its fields are: %s.</source>
      <translation>图层“%s”没有字段“%s”。其字段为：%s。</translation>
    </message>
    <message>
      <source>{shown} and {n} more</source>
      <translation>{shown} 等另外 {n} 项</translation>
    </message>
    <message>
      <source>Field '%s' of layer '%s' is NULL in %d row(s): %s. Fill or remove those rows first.</source>
      <translation>图层“%s”的字段“%s”在 %d 行中为 NULL：%s。请先填写或删除这些行。</translation>
    </message>
    <message>
      <source>Field '%s' of layer '%s' is not finite in row(s) %s.</source>
      <translation>图层“%s”的字段“%s”在以下行中不是有限数值：%s。</translation>
    </message>
    <message>
      <source>Key field '%s' of layer '%s' is empty in row(s) %s.</source>
      <translation>图层“%s”的关键字段“%s”在以下行中为空：%s。</translation>
    </message>
    <message>
      <source>Canceled: no output was written.</source>
      <translation>已取消：未写入任何输出。</translation>
    </message>
    <message>
      <source>Give either {raster} (a raster) or {polygons} (polygons), not both.</source>
      <translation>请提供 {raster}（栅格）或 {polygons}（面）之一，不能同时提供。</translation>
    </message>
    <message>
      <source>Give {raster} (a raster) or {polygons} (polygons).</source>
      <translation>请提供 {raster}（栅格）或 {polygons}（面）。</translation>
    </message>
    <message>
      <source>Layer '{name}' is not valid.</source>
      <translation>图层 '{name}' 无效。</translation>
    </message>
    <message>
      <source>Layer '{name}' must hold polygons (or give a raster in {raster}).</source>
      <translation>图层 '{name}' 必须为面图层（或在 {raster} 中提供栅格）。</translation>
    </message>
    <message>
      <source>Pieces run on the Dask cluster at {address}.</source>
      <translation>计算块在 {address} 的 Dask 集群上运行。</translation>
    </message>
    <message>
      <source>Could not write features: %s</source>
      <translation>无法写入要素：%s</translation>
    </message>
    <message>
      <source>{name} could not be opened as a layer: check the path.</source>
      <translation>无法将 {name} 作为图层打开：请检查路径。</translation>
    </message>
    <message>
      <source>Field '%s' of layer '%s' (%s) must hold numbers, but row %d (id %d) holds %r.</source>
      <translation>图层“%s”的字段“%s”（%s）必须为数值，但第 %d 行（id %d）的值为 %r。</translation>
    </message>
    <message>
      <source>Unknown classification method {method}.</source>
      <translation>未知的分级方法 {method}。</translation>
    </message>
    <message>
      <source>Natural breaks need at least 2 classes, got {k}.</source>
      <translation>自然断点法至少需要 2 个等级，得到 {k}。</translation>
    </message>
    <message>
      <source>Natural breaks into {k} classes need at least {k} distinct values; there are {items_size}.</source>
      <translation>自然断点法分为 {k} 个等级至少需要 {k} 个不同的值；现有 {items_size} 个。</translation>
    </message>
    <message>
      <source>There are no values to classify.</source>
      <translation>没有可分级的值。</translation>
    </message>
    <message>
      <source>The number of classes must be at least 1.</source>
      <translation>等级数必须至少为 1。</translation>
    </message>
    <message>
      <source>All values are equal ({vmin}): there is nothing to classify.</source>
      <translation>所有值都相等（{vmin}）：无可分级。</translation>
    </message>
    <message>
      <source>{name} needs at least two numbers (the lower and upper edge of one class), e.g. '0,0.2,0.4,0.6,0.8,1'; got {text}.</source>
      <translation>{name} 至少需要两个数（一个等级的下界和上界），例如 '0,0.2,0.4,0.6,0.8,1'；得到 {text}。</translation>
    </message>
    <message>
      <source>{name} must rise strictly, but {value} is followed by {next_value} (entries {entry} and {next_entry}); sort them ascending without repeats.</source>
      <translation>{name} 必须严格递增，但 {value} 之后是 {next_value}（第 {entry} 和第 {next_entry} 项）；请按升序排列且不要重复。</translation>
    </message>
    <message>
      <source>{name} gives {n_labels} labels but the breaks make {n_classes} classes; give one label per class, separated by commas.</source>
      <translation>{name} 给出了 {n_labels} 个标签，但断点划分出 {n_classes} 个等级；请为每个等级给一个标签，用逗号分隔。</translation>
    </message>
    <message>
      <source>The raster has no valid cells to classify.</source>
      <translation>栅格中没有可分级的有效像元。</translation>
    </message>
    <message>
      <source>{name} entry {k}, {part}, is not a number.</source>
      <translation>{name} 的第 {k} 项 {part} 不是数值。</translation>
    </message>
    <message>
      <source>Classify raster</source>
      <translation>栅格分级</translation>
    </message>
    <message>
      <source>Read %d rows of '%s'.</source>
      <translation>已读取 %d 行（“%s”）。</translation>
    </message>
    <message>
      <source>Breaks: %s</source>
      <translation>断点：%s</translation>
    </message>
    <message>
      <source>Read the value distribution of '%s'.</source>
      <translation>已读取“%s”的值分布。</translation>
    </message>
    <message>
      <source>A class raster holds at most 255 classes.</source>
      <translation>等级栅格最多容纳 255 个等级。</translation>
    </message>
    <message>
      <source>%d row(s) of '%s' are NULL and get no class.</source>
      <translation>%d 行（“%s”）为 NULL，不分配等级。</translation>
    </message>
    <message>
      <source>%d value(s) lie outside the table %g..%g and get no class.</source>
      <translation>%d 个值位于分级表 %g..%g 之外，不分配等级。</translation>
    </message>
    <message>
      <source>More than %d distinct values: breaks are optimised over %d bins.</source>
      <translation>不同的值超过 %d 个：断点在 %d 个分箱上优化。</translation>
    </message>
    <message>
      <source>%d cell(s) are nodata or outside the table.</source>
      <translation>%d 个像元为无数据或位于分级表之外。</translation>
    </message>
    <message>
      <source>Layer '%s' already has a field '%s'; choose another CLASS_FIELD or LABEL_FIELD.</source>
      <translation>图层“%s”已有字段“%s”；请另选 CLASS_FIELD 或 LABEL_FIELD。</translation>
    </message>
    <message>
      <source>Raster '%s' has no valid cells (all nodata).</source>
      <translation>栅格“%s”没有有效像元（全部为无数据）。</translation>
    </message>
    <message>
      <source>ADJACENCY must be 0 (cost allocation), 1 (Euclidean allocation) or 2 (all pairs within a distance), got {mode!r}</source>
      <translation>ADJACENCY 必须为 0（成本分配）、1（欧氏分配）或 2（一定距离内的所有源地对），得到 {mode!r}</translation>
    </message>
    <message>
      <source>the source raster has shape {s_shape} but the resistance raster {shape}; rasterise the sources on the resistance grid</source>
      <translation>源地栅格的形状为 {s_shape}，而阻力栅格为 {shape}；请在阻力面的网格上栅格化源地</translation>
    </message>
    <message>
      <source>source id {s:g} at row {r}, column {c} is not a positive integer; use ids 1, 2, ... and 0 or nodata outside the sources</source>
      <translation>第 {r} 行、第 {c} 列的源地 ID {s:g} 不是正整数；请使用 ID 1、2、……，源地以外为 0 或无数据</translation>
    </message>
    <message>
      <source>source id(s) {lost} have no cell on valid resistance (all their cells are nodata); give those cells a resistance or remove the source</source>
      <translation>源地 ID {lost} 在有效阻力上没有像元（其像元全部为无数据）；请为这些像元赋阻力值或删除该源地</translation>
    </message>
    <message>
      <source>corridors need at least two sources, found {kept_size} ({kept}); check the source layer and its id field</source>
      <translation>廊道至少需要两个源地，只找到 {kept_size} 个（{kept}）；请检查源地图层及其 ID 字段</translation>
    </message>
    <message>
      <source>radii from {min_radius} to {max_radius} by {step}: the minimum must not exceed the maximum and the step must be &gt;= 0</source>
      <translation>半径从 {min_radius} 到 {max_radius}，步长 {step}：最小值不得超过最大值，步长必须 &gt;= 0</translation>
    </message>
    <message>
      <source>no radius given</source>
      <translation>未给出半径</translation>
    </message>
    <message>
      <source>no links to map barriers on</source>
      <translation>没有可用于识别障碍点的连接</translation>
    </message>
    <message>
      <source>source grid shape {ids_shape} differs from the resistance {shape}</source>
      <translation>源地栅格的形状 {ids_shape} 与阻力面 {shape} 不同</translation>
    </message>
    <message>
      <source>radius {v} is smaller than one cell ({cell_size:g} map units)</source>
      <translation>半径 {v} 小于一个像元（{cell_size:g} 地图单位）</translation>
    </message>
    <message>
      <source>radius {v} is not a multiple of the cell size {cell_size:g}</source>
      <translation>半径 {v} 不是像元大小 {cell_size:g} 的整数倍</translation>
    </message>
    <message>
      <source>radius {v} ({k} cells) is larger than the {rows} x {cols} grid: radii that do not fit the grid</source>
      <translation>半径 {v}（{k} 个像元）大于 {rows} x {cols} 的栅格：半径超出栅格范围</translation>
    </message>
    <message>
      <source>link {a}-{b} joins source {a} to itself</source>
      <translation>连接 {a}-{b} 将源地 {a} 连向其自身</translation>
    </message>
    <message>
      <source>link {a}-{b}: least-cost distance must be &gt; 0, got {lcd}</source>
      <translation>连接 {a}-{b}：最小成本距离必须 &gt; 0，得到 {lcd}</translation>
    </message>
    <message>
      <source>Barriers: the window of link {link} ({a}-{b}) at radius {radius}, {rows} x {cols} cells, needs about {need} GB for its circle minima, but only {free} GB are free. Use smaller radii, coarsen the rasters or free memory.</source>
      <translation>障碍点：连接 {link}（{a}-{b}）在半径 {radius} 下的窗口为 {rows} x {cols} 个像元，其圆形邻域最小值约需 {need} GB 内存，但只有 {free} GB 可用。请使用更小的半径、更粗的栅格或释放内存。</translation>
    </message>
    <message>
      <source>{name} must be one of {allowed}, got {value}</source>
      <translation>{name} 必须为 {allowed} 之一，得到 {value}</translation>
    </message>
    <message>
      <source>a radius must be a number of map units, got {v}</source>
      <translation>半径必须是以地图单位表示的数值，得到 {v}</translation>
    </message>
    <message>
      <source>a link is (source a, source b, least-cost distance), got {item}</source>
      <translation>连接的格式为（源地 a，源地 b，最小成本距离），得到 {item}</translation>
    </message>
    <message>
      <source>link {a}-{b}: source id {s} is not in the source grid</source>
      <translation>连接 {a}-{b}：源地 ID {s} 不在源地栅格中</translation>
    </message>
    <message>
      <source>link {e} ({i}-{j}) has weight {r}: link weights are resistances and must be &gt; 0</source>
      <translation>连接 {e}（{i}-{j}）的权重为 {r}：连接权重为电阻，必须 &gt; 0</translation>
    </message>
    <message>
      <source>link {e} joins source {i} to itself</source>
      <translation>连接 {e} 将源地 {i} 连向其自身</translation>
    </message>
    <message>
      <source>link {e} ({i}-{j}) names source {end}, which is not among the sources</source>
      <translation>连接 {e}（{i}-{j}）指向源地 {end}，但它不在源地之中</translation>
    </message>
    <message>
      <source>the resistance raster must be a non-empty 2-D grid, got shape {r_shape}</source>
      <translation>阻力栅格必须是非空的二维栅格，得到形状 {r_shape}</translation>
    </message>
    <message>
      <source>cell size must be a positive number of map units, got {cell_size}</source>
      <translation>像元大小必须是以地图单位表示的正数，得到 {cell_size}</translation>
    </message>
    <message>
      <source>resistance is {r:g} at row {row}, column {col} ({bad} cell(s) &lt;= 0 in all): resistance must be &gt; 0; rescale the surface (e.g. to 1-100) or set impassable cells to nodata</source>
      <translation>第 {row} 行、第 {col} 列的阻力为 {r:g}（共 {bad} 个像元 &lt;= 0）：阻力必须 &gt; 0；请重缩放阻力面（例如到 1-100），或将不可通行的像元设为无数据</translation>
    </message>
    <message>
      <source>the resistance raster holds only nodata cells</source>
      <translation>阻力栅格只有无数据像元</translation>
    </message>
    <message>
      <source>the grid of {nr} x {nc} cells has {nnz} moves, more than this engine indexes (2^31); clip or coarsen the resistance raster</source>
      <translation>{nr} x {nc} 像元的栅格有 {nnz} 个移动，超过本引擎可索引的数量（2^31）；请裁剪或粗化阻力栅格</translation>
    </message>
    <message>
      <source>source grid shape {mask_shape} differs from the resistance {graph_shape}</source>
      <translation>源地栅格的形状 {mask_shape} 与阻力面 {graph_shape} 不同</translation>
    </message>
    <message>
      <source>the source has no cell on valid (non-nodata) resistance</source>
      <translation>该源地在有效（非无数据）阻力上没有像元</translation>
    </message>
    <message>
      <source>no source cell lies on valid resistance</source>
      <translation>没有源地像元位于有效阻力上</translation>
    </message>
    <message>
      <source>a geotransform has 6 numbers, got {n_gt}</source>
      <translation>地理变换有 6 个数，得到 {n_gt}</translation>
    </message>
    <message>
      <source>cell size must be a number, got {cell_size}</source>
      <translation>像元大小必须是数值，得到 {cell_size}</translation>
    </message>
    <message>
      <source>least-cost path tracing did not reach the source</source>
      <translation>最小成本路径追踪未到达源地</translation>
    </message>
    <message>
      <source>The included-pairs table is {rows} x {cols} but lists {n_ids} ids; it must be square, one row and column per id.</source>
      <translation>包含对表为 {rows} x {cols}，但列出了 {n_ids} 个 ID；它必须是方阵，每个 ID 一行一列。</translation>
    </message>
    <message>
      <source>the habitat raster must be 2-D, got shape {a_shape}</source>
      <translation>生境栅格必须是二维的，得到形状 {a_shape}</translation>
    </message>
    <message>
      <source>{what} raster shape {a_shape} differs from the habitat raster {shape}</source>
      <translation>{what}栅格的形状 {a_shape} 与生境栅格 {shape} 不同</translation>
    </message>
    <message>
      <source>fewer than two focal nodes found (ids {vals}); a circuit needs at least two</source>
      <translation>找到的焦点节点少于两个（ID {vals}）；电路至少需要两个</translation>
    </message>
    <message>
      <source>resistance is 0 at row {r}, column {c} ({zero} cell(s) in all): zero resistance cannot be solved; give those cells a short-circuit region (polygon) id instead, or a small positive resistance</source>
      <translation>第 {r} 行、第 {c} 列的阻力为 0（共 {zero} 个像元）：零阻力无法求解；请改为给这些像元一个短路区域（面）ID，或一个较小的正阻力</translation>
    </message>
    <message>
      <source>mask shape {m_shape} differs from the habitat raster {g_shape}</source>
      <translation>掩膜的形状 {m_shape} 与生境栅格 {g_shape} 不同</translation>
    </message>
    <message>
      <source>the mask removes every cell of the habitat raster</source>
      <translation>掩膜去除了生境栅格的所有像元</translation>
    </message>
    <message>
      <source>focal nodes must be an id raster of the habitat's shape or an (n, 3) array of row, column, id</source>
      <translation>焦点节点必须是与生境栅格形状相同的 ID 栅格，或由行、列、ID 组成的 (n, 3) 数组</translation>
    </message>
    <message>
      <source>focal node {node} lies outside the habitat raster (row {row}, column {col} of {n_rows} x {n_cols}); check its coordinates</source>
      <translation>焦点节点 {node} 位于生境栅格之外（第 {row} 行、第 {col} 列，栅格为 {n_rows} x {n_cols}）；请检查其坐标</translation>
    </message>
    <message>
      <source>{name} must hold integer codes, but {bad} key-area cells hold {value} (e.g.); give nodata a code of its own.</source>
      <translation>{name} 必须为整数代码，但有 {bad} 个关键区像元的值为 {value}（举例）；请为无数据单独设一个代码。</translation>
    </message>
    <message>
      <source>SCORE must be a 2-D grid, got {score_ndim} dimension(s).</source>
      <translation>SCORE 必须是二维栅格，得到 {score_ndim} 维。</translation>
    </message>
    <message>
      <source>CLASSES must be at least 2 (the top class is taken as key areas), got {k}.</source>
      <translation>CLASSES 必须至少为 2（最高等级作为关键区），得到 {k}。</translation>
    </message>
    <message>
      <source>SCORE has no finite values (all nodata).</source>
      <translation>SCORE 没有有限值（全部为无数据）。</translation>
    </message>
    <message>
      <source>SCORE has {size} distinct value(s) but CLASSES is {k}; lower CLASSES to at most {size}.</source>
      <translation>SCORE 有 {size} 个不同的值，但 CLASSES 为 {k}；请将 CLASSES 降至不超过 {size}。</translation>
    </message>
    <message>
      <source>The key-area mask must be a 2-D grid, got {mask_ndim} dimension(s).</source>
      <translation>关键区掩膜必须是二维栅格，得到 {mask_ndim} 维。</translation>
    </message>
    <message>
      <source>The cell area must be a positive number of m2, got {cell_area_m2}.</source>
      <translation>像元面积必须是以平方米表示的正数，得到 {cell_area_m2}。</translation>
    </message>
    <message>
      <source>ADMIN must be 0 (outside) or a positive unit index, but holds {units}; rasterise the units with indices 1..n.</source>
      <translation>ADMIN 必须为 0（范围外）或正的单元索引，但其中有 {units}；请用索引 1..n 栅格化行政单元。</translation>
    </message>
    <message>
      <source>{name} has shape {grid} but {name_ref} has shape {ref}; give grids on the same rows and columns.</source>
      <translation>{name} 的形状为 {grid}，而 {name_ref} 的形状为 {ref}；请给出行列相同的栅格。</translation>
    </message>
    <message>
      <source>{name} holds {size} values but the mask has {cells} key-area cells.</source>
      <translation>{name} 含 {size} 个值，但掩膜中有 {cells} 个关键区像元。</translation>
    </message>
    <message>
      <source>{name} must be {bound}, got {value}; leave it empty for no limit</source>
      <translation>{name} 必须 {bound}，得到 {value}；留空表示不限</translation>
    </message>
    <message>
      <source>{name} must be a number, got {value}</source>
      <translation>{name} 必须是数值，得到 {value}</translation>
    </message>
    <message>
      <source>NEAREST_NEIGHBOURS must be a whole number &gt;= 1, got {nearest_neighbours}; leave it empty to keep all links</source>
      <translation>NEAREST_NEIGHBOURS 必须是 &gt;= 1 的整数，得到 {nearest_neighbours}；留空则保留所有连接</translation>
    </message>
    <message>
      <source>{what} raster shape {vals_shape} differs from the habitat {net_shape}</source>
      <translation>{what}栅格的形状 {vals_shape} 与生境 {net_shape} 不同</translation>
    </message>
    <message>
      <source>remove_src_or_gnd {remove_src_or_gnd!r} is not one of {policies}</source>
      <translation>remove_src_or_gnd {remove_src_or_gnd!r} 不是 {policies} 之一</translation>
    </message>
    <message>
      <source>the resistance surface has no data</source>
      <translation>阻力面没有数据</translation>
    </message>
    <message>
      <source>the resistance (or conductance) surface holds 0 or negative values; Omniscape needs positive values (nodata for none)</source>
      <translation>阻力（或电导）面含有 0 或负值；Omniscape 需要正值（无值处设为无数据）</translation>
    </message>
    <message>
      <source>the radius must be at least 1 cell</source>
      <translation>半径必须至少为 1 个像元</translation>
    </message>
    <message>
      <source>the buffer cannot be negative</source>
      <translation>缓冲区不能为负</translation>
    </message>
    <message>
      <source>give a source-strength raster or derive the sources from the resistance</source>
      <translation>请给出源强度栅格，或由阻力面推导源</translation>
    </message>
    <message>
      <source>the source raster is {rows} x {cols}, the resistance {res_rows} x {res_cols}</source>
      <translation>源栅格为 {rows} x {cols}，阻力面为 {res_rows} x {res_cols}</translation>
    </message>
    <message>
      <source>{step}: the corridor window of link {link} ({a}-{b}), {rows} x {cols} cells with {cells} in the corridor, needs about {need} GB for its circuit solve, but only {free} GB are free. Narrow the corridors (a smaller CWD_CUTOFF), coarsen the rasters or free memory.</source>
      <translation>{step}：连接 {link}（{a}-{b}）的廊道窗口为 {rows} x {cols} 个像元，其中 {cells} 个在廊道内，其电路求解约需 {need} GB 内存，但只有 {free} GB 可用。请收窄廊道（减小 CWD_CUTOFF）、使用更粗的栅格或释放内存。</translation>
    </message>
    <message>
      <source>the corridor cut-off must be a cost distance &gt;= 0, got {cutoff}</source>
      <translation>廊道截断值必须是 &gt;= 0 的成本距离，得到 {cutoff}</translation>
    </message>
    <message>
      <source>there are no links to map</source>
      <translation>没有可制图的连接</translation>
    </message>
    <message>
      <source>{step}: the corridor window of link {link} ({a}-{b}), {rows} x {cols} cells with {cells} in the corridor, needs about {need} GB for its circuit solve; {workers} worker processes solve {workers} such windows at once, but only {free} GB are free. Use fewer WORKERS, narrow the corridors (a smaller CWD_CUTOFF), coarsen the rasters or free memory.</source>
      <translation>{step}：连接 {link}（{a}-{b}）的廊道窗口为 {rows} x {cols} 个像元，其中 {cells} 个在廊道内，其电路求解约需 {need} GB 内存；{workers} 个工作进程同时求解 {workers} 个这样的窗口，但只有 {free} GB 可用。请减少 WORKERS、收窄廊道（减小 CWD_CUTOFF）、使用更粗的栅格或释放内存。</translation>
    </message>
    <message>
      <source>{step}: the window of the corridor network, {rows} x {cols} cells with {cells} in the corridors, needs about {need} GB for each pair's circuit solve, but only {free} GB are free. Map the links one by one (ALL_PAIRS off), narrow the corridors (a smaller CWD_CUTOFF) or coarsen the rasters.</source>
      <translation>{step}：廊道网络的窗口为 {rows} x {cols} 个像元，其中 {cells} 个在廊道内，每对源地的电路求解约需 {need} GB 内存，但只有 {free} GB 可用。请逐条连接计算（关闭 ALL_PAIRS）、收窄廊道（减小 CWD_CUTOFF）或使用更粗的栅格。</translation>
    </message>
    <message>
      <source>source grid shape {ids_shape} differs from the resistance {graph_shape}</source>
      <translation>源地栅格的形状 {ids_shape} 与阻力面 {graph_shape} 不同</translation>
    </message>
    <message>
      <source>link {n} joins source {a} to itself</source>
      <translation>连接 {n} 将源地 {a} 连向其自身</translation>
    </message>
    <message>
      <source>link {n} ({a}-{b}) has lcd {lcd}; it must be &gt; 0 (use the LINKS of the least-cost corridor tool)</source>
      <translation>连接 {n}（{a}-{b}）的 lcd 为 {lcd}；它必须 &gt; 0（请使用最小成本廊道工具的 LINKS）</translation>
    </message>
    <message>
      <source>link {n} ({a}-{b}) names source {s}, which has no cell in the source grid</source>
      <translation>连接 {n}（{a}-{b}）指向源地 {s}，但它在源地栅格中没有像元</translation>
    </message>
    <message>
      <source>key areas</source>
      <translation>关键区</translation>
    </message>
    <message>
      <source>number</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>area (ha)</source>
      <translation>面积（公顷）</translation>
    </message>
    <message>
      <source>largest (ha)</source>
      <translation>最大面积（公顷）</translation>
    </message>
    <message>
      <source>corridor length (km)</source>
      <translation>廊道长度（千米）</translation>
    </message>
    <message>
      <source>all</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>source</source>
      <translation>源地</translation>
    </message>
    <message>
      <source>area (km2)</source>
      <translation>面积（平方千米）</translation>
    </message>
    <message>
      <source>level</source>
      <translation>等级</translation>
    </message>
    <message>
      <source>from</source>
      <translation>起点</translation>
    </message>
    <message>
      <source>to</source>
      <translation>终点</translation>
    </message>
    <message>
      <source>length (km)</source>
      <translation>长度（千米）</translation>
    </message>
    <message>
      <source>cost distance</source>
      <translation>成本距离</translation>
    </message>
    <message>
      <source>cost per km</source>
      <translation>每千米成本</translation>
    </message>
    <message>
      <source>share of %s</source>
      <translation>%s 占比</translation>
    </message>
    <message>
      <source>current (A)</source>
      <translation>电流（A）</translation>
    </message>
    <message>
      <source>The {name} solver left a relative residual of {worst} on a system of {rows} unknowns (allowed {tol}): its result would be inaccurate. The resistance values may span too many orders of magnitude; try {other}, or rescale the resistances.</source>
      <translation>{name} 求解器在 {rows} 个未知数的方程组上留下了 {worst} 的相对残差（允许 {tol}）：其结果将不准确。阻力值可能跨越了过多数量级；请尝试 {other}，或重缩放阻力值。</translation>
    </message>
    <message>
      <source>The CG+AMG (pyamg) solver did not converge ({reason} after {cg_maxiter} iterations) on a system of {rows} unknowns; try the solver 'Direct sparse factorisation' (SOLVER=1).</source>
      <translation>CG+AMG（pyamg）求解器在 {rows} 个未知数的方程组上未收敛（{cg_maxiter} 次迭代后{reason}）；请尝试求解器“直接稀疏分解”（SOLVER=1）。</translation>
    </message>
    <message>
      <source>breakdown</source>
      <translation>算法中断</translation>
    </message>
    <message>
      <source>relative residual above {tol}</source>
      <translation>相对残差高于 {tol}</translation>
    </message>
    <message>
      <source>%d links, radii %s (map units).</source>
      <translation>%d 条连接，半径 %s（地图单位）。</translation>
    </message>
    <message>
      <source>No circle of these radii improves any link: no barrier was found.</source>
      <translation>这些半径的圆都不能改善任何连接：未找到障碍点。</translation>
    </message>
    <message>
      <source>MIN_RADIUS, MAX_RADIUS, STEP: %s.</source>
      <translation>MIN_RADIUS、MAX_RADIUS、STEP：%s。</translation>
    </message>
    <message>
      <source>%s (radii %s, cell size %g).</source>
      <translation>%s（半径 %s，像元大小 %g）。</translation>
    </message>
    <message>
      <source>%d links between %d sources.</source>
      <translation>%d 个源地之间有 %d 条连接。</translation>
    </message>
    <message>
      <source>Reading and outlining the raster of SOURCES</source>
      <translation>读取 SOURCES 栅格并提取其轮廓</translation>
    </message>
    <message>
      <source>The network has %d components; pairs in different components carry no current.</source>
      <translation>网络有 %d 个连通分量；位于不同分量中的源地对没有电流。</translation>
    </message>
    <message>
      <source>Breaks of the link levels: %s</source>
      <translation>连接等级的断点：%s</translation>
    </message>
    <message>
      <source>Source id(s) %s appear in only one of LINKS and SOURCES.</source>
      <translation>源地 ID %s 只出现在 LINKS 和 SOURCES 之一中。</translation>
    </message>
    <message>
      <source>LINKS '%s': %s.</source>
      <translation>LINKS“%s”：%s。</translation>
    </message>
    <message>
      <source>LINKS '%s' already has a field '%s'; rename or drop it first.</source>
      <translation>LINKS“%s”已有字段“%s”；请先重命名或删除它。</translation>
    </message>
    <message>
      <source>The source polygons '{layer}' need their id field: set SOURCE_ID_FIELD.</source>
      <translation>源地面图层 '{layer}' 需要 ID 字段：请设置 SOURCE_ID_FIELD。</translation>
    </message>
    <message>
      <source>A circuit on a %d x %d grid needs about {need:.1f} GB at the least, but only {free:.1f} GB are free; coarsen or clip the resistance raster.</source>
      <translation>%d x %d 栅格上的电路至少需要约 {need:.1f} GB 内存，但仅有 {free:.1f} GB 可用；请对阻力栅格重采样为更粗分辨率或裁剪。</translation>
    </message>
    <message>
      <source>This run needs about {need:.1f} GB (grid %d x %d, focal nodes over %d graph nodes) but only {free:.1f} GB are free. As in Circuitscape, every cell of a focal region is a node of its own unless a short-circuit region merges it: give the focal raster as SHORT_CIRCUIT too, use focal points, coarsen or clip the resistance raster, or use the solver 'CG with algebraic multigrid (pyamg)'.</source>
      <translation>本次运行约需 {need:.1f} GB（栅格 %d x %d，焦点节点分布于 %d 个图节点上），但只有 {free:.1f} GB 可用。与 Circuitscape 相同，焦点区域的每个像元都是一个独立节点，除非短路区域将其合并：请同时把焦点栅格作为 SHORT_CIRCUIT 给出、使用焦点点位、粗化或裁剪阻力栅格，或使用求解器“代数多重网格预条件共轭梯度法（pyamg）”。</translation>
    </message>
    <message>
      <source>Memory estimate: %.2f GB.</source>
      <translation>内存估算：%.2f GB。</translation>
    </message>
    <message>
      <source>Read the %d x %d grid.</source>
      <translation>已读取 %d x %d 网格。</translation>
    </message>
    <message>
      <source>Solver: %s set-up(s), %s solve(s).</source>
      <translation>求解器：%s 次设置，%s 次求解。</translation>
    </message>
    <message>
      <source>Give the focal nodes once: FOCAL_RASTER, or FOCAL_POINTS with FOCAL_ID_FIELD, or FOCAL_POLYGONS with FOCAL_POLYGON_ID_FIELD.</source>
      <translation>焦点节点只能以一种方式给出：FOCAL_RASTER，或 FOCAL_POINTS 及 FOCAL_ID_FIELD，或 FOCAL_POLYGONS 及 FOCAL_POLYGON_ID_FIELD。</translation>
    </message>
    <message>
      <source>Name the id field of the focal nodes: FOCAL_ID_FIELD for points, FOCAL_POLYGON_ID_FIELD for polygons.</source>
      <translation>请指定焦点节点的 ID 字段：点用 FOCAL_ID_FIELD，面用 FOCAL_POLYGON_ID_FIELD。</translation>
    </message>
    <message>
      <source>The mode 'Advanced (sources and grounds)' needs both SOURCES and GROUNDS.</source>
      <translation>“高级模式（电流源和接地）”需要同时给出 SOURCES 和 GROUNDS。</translation>
    </message>
    <message>
      <source>RESISTANCE has %d negative and %d infinite cell value(s); they carry no current, like nodata.</source>
      <translation>RESISTANCE 中有 %d 个负值和 %d 个无穷值像元；它们与无数据像元一样不传导电流。</translation>
    </message>
    <message>
      <source>'%s' is on another grid than the resistance surface; it was aligned by nearest neighbour.</source>
      <translation>“%s”与阻力面不在同一网格上；已按最邻近法对齐。</translation>
    </message>
    <message>
      <source>Fewer than two focal nodes fall on the resistance grid (ids: %s); a circuit needs two or more.</source>
      <translation>落在阻力栅格上的焦点节点少于两个（ID：%s）；电路需要两个或更多。</translation>
    </message>
    <message>
      <source>Only %d focal node(s) lie on habitat cells (%s); focal node(s) %s lie only on nodata or masked cells. Move them onto the resistance surface.</source>
      <translation>只有 %d 个焦点节点位于生境像元上（%s）；焦点节点 %s 仅位于无数据或被掩膜的像元上。请将它们移到阻力面上。</translation>
    </message>
    <message>
      <source>Focal node(s) %s lie only on nodata or masked cells: their resistances are -1 and they carry no current.</source>
      <translation>焦点节点 %s 仅位于无数据或被掩膜的像元上：其电阻为 -1，没有电流通过。</translation>
    </message>
    <message>
      <source>%d cell(s) have a negative resistance and are left out of the graph, as in Circuitscape.</source>
      <translation>%d 个像元的阻力为负，与 Circuitscape 相同，已将其排除在图之外。</translation>
    </message>
    <message>
      <source>Focal node %d (%.6g, %.6g) lies outside the resistance raster.</source>
      <translation>焦点节点 %d（%.6g, %.6g）位于阻力栅格之外。</translation>
    </message>
    <message>
      <source>The focal regions make %d graph nodes: each of the %d pairs is solved on its own graph with its two regions shorted.</source>
      <translation>焦点区域构成 %d 个图节点：%d 个节点对中的每一对都在各自的图上求解，并将其两个区域短路。</translation>
    </message>
    <message>
      <source>The solver 'CG with algebraic multigrid (pyamg)' needs the Python package pyamg, which QGIS's Python cannot import; the solvers 'Auto' and 'Direct sparse factorisation' work without it. To install it, %s.</source>
      <translation>求解器“代数多重网格预条件共轭梯度法（pyamg）”需要 Python 包 pyamg，但 QGIS 的 Python 无法导入它；求解器“自动”和“直接稀疏分解”无需该包。安装方法：%s。</translation>
    </message>
    <message>
      <source>%s for %d links on %d x %d cells need about {need:.1f} GB, but only {free:.1f} GB are free; clip or coarsen the rasters.</source>
      <translation>%s：%d 条连接、%d x %d 个像元约需 {need:.1f} GB，但只有 {free:.1f} GB 可用；请裁剪或粗化栅格。</translation>
    </message>
    <message>
      <source>%d links between %d sources; memory estimate %.2f GB.</source>
      <translation>%d 条连接，%d 个源地；内存估计 %.2f GB。</translation>
    </message>
    <message>
      <source>%s ids must be positive whole numbers; '%s' has %s.</source>
      <translation>%s ID 必须是正整数；“%s”中有 %s。</translation>
    </message>
    <message>
      <source>The resistance surface is in a geographic CRS (%s): reproject it so that distances are in metres.</source>
      <translation>阻力面使用地理坐标系（%s）：请将其重投影，使距离以米为单位。</translation>
    </message>
    <message>
      <source>The resistance surface has rectangular cells (%g x %g); cost distance needs square cells: resample it.</source>
      <translation>阻力面的像元为矩形（%g x %g）；成本距离需要正方形像元：请重采样。</translation>
    </message>
    <message>
      <source>The sources are on another grid than the resistance surface; they were aligned by nearest neighbour.</source>
      <translation>源地与阻力面不在同一网格上；已按最邻近法对齐。</translation>
    </message>
    <message>
      <source>%s '%s' lacks the field(s) %s that this tool needs (it has: %s). Use the LINKS output of ecosecurity:leastcostcorridors, or add from_id, to_id and lcd.</source>
      <translation>%s“%s”缺少本工具所需的字段 %s（现有字段：%s）。请使用 ecosecurity:leastcostcorridors 输出的 LINKS，或添加 from_id、to_id 和 lcd。</translation>
    </message>
    <message>
      <source>%s '%s' has no links.</source>
      <translation>%s“%s”没有连接。</translation>
    </message>
    <message>
      <source>Field '%s' of %s '%s' must be &gt; 0; row %d holds %g.</source>
      <translation>字段“%s”（%s“%s”）必须 &gt; 0；第 %d 行的值为 %g。</translation>
    </message>
    <message>
      <source>The source polygons '{layer}' need their id field: set {field}.</source>
      <translation>源地面图层 '{layer}' 需要 ID 字段：请设置 {field}。</translation>
    </message>
    <message>
      <source>Field '%s' of %s '%s' must hold source ids (positive whole numbers); row %d holds %g.</source>
      <translation>字段“%s”（%s“%s”）必须为源地 ID（正整数）；第 %d 行的值为 %g。</translation>
    </message>
    <message>
      <source>Key areas of a %d x %d SCORE raster need about {need:.1f} GB, but only {free:.1f} GB are free; clip it to the study area or coarsen it.</source>
      <translation>%d x %d 的 SCORE 栅格提取关键区约需 {need:.1f} GB，但只有 {free:.1f} GB 可用；请将其裁剪到研究区或粗化。</translation>
    </message>
    <message>
      <source>Class edges: %s; key areas are cells above %.6g.</source>
      <translation>等级边界：%s；关键区为高于 %.6g 的像元。</translation>
    </message>
    <message>
      <source>%d key area(s) in %d piece(s).</source>
      <translation>%d 个关键区，共 %d 个图斑。</translation>
    </message>
    <message>
      <source>ADMIN is given: name its unit field in ADMIN_FIELD.</source>
      <translation>已给出 ADMIN：请在 ADMIN_FIELD 中指定其单元字段。</translation>
    </message>
    <message>
      <source>ADMIN has no polygon to list key areas by.</source>
      <translation>ADMIN 中没有可用于汇总关键区的面。</translation>
    </message>
    <message>
      <source>SCORE is in a geographic CRS (%s): reproject it so that areas are in square metres.</source>
      <translation>SCORE 使用地理坐标系（%s）：请将其重投影，使面积以平方米为单位。</translation>
    </message>
    <message>
      <source>Key areas of {rows} x {cols} cells; memory estimate {need:.2f} GB.</source>
      <translation>关键区识别：{rows} x {cols} 个像元；内存估算 {need:.2f} GB。</translation>
    </message>
    <message>
      <source>%s is on another grid than SCORE; it was aligned by nearest neighbour.</source>
      <translation>%s 与 SCORE 不在同一网格上；已按最邻近法对齐。</translation>
    </message>
    <message>
      <source>ADMIN '%s' holds %s features; it must hold polygons (the administrative units that cut the key areas).</source>
      <translation>ADMIN“%s”包含的是%s要素；它必须是面要素（用于切分关键区的行政单元）。</translation>
    </message>
    <message>
      <source>ADMIN is in %s and SCORE in %s: the units were reprojected.</source>
      <translation>ADMIN 的坐标系为 %s，SCORE 为 %s：已重投影行政单元。</translation>
    </message>
    <message>
      <source>LANDUSE_NAMES item '%s' is not 'code=name' (e.g. '10=Tree cover; 20=Shrubland').</source>
      <translation>LANDUSE_NAMES 的条目“%s”不是“代码=名称”格式（例如 '10=Tree cover; 20=Shrubland'）。</translation>
    </message>
    <message>
      <source>SCORE '%s': %s</source>
      <translation>SCORE“%s”：%s</translation>
    </message>
    <message>
      <source>no path</source>
      <translation>无路径</translation>
    </message>
    <message>
      <source>too long</source>
      <translation>过长</translation>
    </message>
    <message>
      <source>crosses source</source>
      <translation>穿越源地</translation>
    </message>
    <message>
      <source>not nearest</source>
      <translation>非最近邻</translation>
    </message>
    <message>
      <source>too far euclidean</source>
      <translation>欧氏距离过远</translation>
    </message>
    <message>
      <source>Least-cost corridors on %d x %d cells need about {need:.1f} GB at the least, but only {free:.1f} GB are free; coarsen or clip the rasters.</source>
      <translation>%d x %d 像元上的最小成本廊道至少需要约 {need:.1f} GB 内存，但仅有 {free:.1f} GB 可用；请对栅格重采样为更粗分辨率或裁剪。</translation>
    </message>
    <message>
      <source>Least-cost corridors for %d sources on %d x %d cells need about {need:.1f} GB, but only {free:.1f} GB are free; coarsen or clip the rasters.</source>
      <translation>%d 个源地、%d x %d 个像元的最小成本廊道约需 {need:.1f} GB，但只有 {free:.1f} GB 可用；请粗化或裁剪栅格。</translation>
    </message>
    <message>
      <source>%d sources on a %d x %d grid (about %.2f GB).</source>
      <translation>%d 个源地，%d x %d 栅格（约 %.2f GB）。</translation>
    </message>
    <message>
      <source>No link survived: every candidate was dropped (see the log).</source>
      <translation>没有连接保留下来：所有候选连接均被舍弃（见日志）。</translation>
    </message>
    <message>
      <source>%d link(s) kept, %d dropped.</source>
      <translation>保留 %d 条连接，舍弃 %d 条。</translation>
    </message>
    <message>
      <source>%d source cell(s) lie on nodata resistance and were left out.</source>
      <translation>%d 个源地像元位于无数据阻力上，已被排除。</translation>
    </message>
    <message>
      <source>Link %s-%s dropped: %s%s.</source>
      <translation>连接 %s-%s 被舍弃：%s%s。</translation>
    </message>
    <message>
      <source>Cost distances run on scipy. With the Python package scikit-image they run about twice as fast, with the same values; to install it, {hint}.</source>
      <translation>成本距离由 scipy 计算。安装 Python 包 scikit-image 后计算速度约快一倍，结果相同；安装方法：{hint}。</translation>
    </message>
    <message>
      <source> (crosses %s)</source>
      <translation>（穿越 %s）</translation>
    </message>
    <message>
      <source>Tables ready.</source>
      <translation>表格已就绪。</translation>
    </message>
    <message>
      <source>Ecological security network</source>
      <translation>生态安全网络</translation>
    </message>
    <message>
      <source>Sources by level</source>
      <translation>按等级统计的源地</translation>
    </message>
    <message>
      <source>Corridors by level</source>
      <translation>按等级统计的廊道</translation>
    </message>
    <message>
      <source>to protect (pinch points)</source>
      <translation>生态保护关键区（夹点）</translation>
    </message>
    <message>
      <source>to restore (barriers)</source>
      <translation>生态修复关键区（障碍点）</translation>
    </message>
    <message>
      <source>Map drawn: %s.</source>
      <translation>已绘制地图：%s。</translation>
    </message>
    <message>
      <source>LINKS '%s' has no field lcd: give the links of ecosecurity:leastcostcorridors or :centrality.</source>
      <translation>LINKS“%s”没有 lcd 字段：请给出 ecosecurity:leastcostcorridors 或 :centrality 的连接。</translation>
    </message>
    <message>
      <source>Pinch points and barriers</source>
      <translation>夹点与障碍点</translation>
    </message>
    <message>
      <source>Radius %d cells (%.6g map units), buffer %d, block size %d.</source>
      <translation>半径 %d 个像元（%.6g 地图单位），缓冲区 %d，块大小 %d。</translation>
    </message>
    <message>
      <source>Omniscape needs about {need:.1f} GB here (grid %d x %d, radius %d, batches of %d windows on %d workers) but only {free:.1f} GB are free: use fewer workers, or coarsen or clip the rasters.</source>
      <translation>Omniscape 在此约需 {need:.1f} GB 内存（网格 %d x %d，半径 %d，每批 %d 个窗口，%d 个工作线程），但仅有 {free:.1f} GB 可用：请减少工作线程数，或将栅格重采样为更粗的分辨率或裁剪栅格。</translation>
    </message>
    <message>
      <source>%d target blocks solved.</source>
      <translation>已求解 %d 个目标块。</translation>
    </message>
    <message>
      <source>Give SOURCE (source strengths) or set SOURCE_FROM_RESISTANCE.</source>
      <translation>请提供 SOURCE（源强度）或设置 SOURCE_FROM_RESISTANCE。</translation>
    </message>
    <message>
      <source>RECLASS_TABLE needs rows of two values: from, to.</source>
      <translation>RECLASS_TABLE 的每行需要两个值：from, to。</translation>
    </message>
    <message>
      <source>COMPARE_TO_FUTURE uses condition %d's future: give CONDITION%d_FUTURE.</source>
      <translation>COMPARE_TO_FUTURE 使用条件 %d 的未来栅格：请提供 CONDITION%d_FUTURE。</translation>
    </message>
    <message>
      <source>RECLASS_TABLE: '%s, %s' is not a pair of numbers ('missing' makes nodata).</source>
      <translation>RECLASS_TABLE：'%s, %s' 不是一对数值（'missing' 表示无数据）。</translation>
    </message>
    <message>
      <source>Pair(s) %s are not connected within CWD_CUTOFF: widen the corridors.</source>
      <translation>源地对 %s 在 CWD_CUTOFF 内不连通：请加宽廊道。</translation>
    </message>
    <message>
      <source>Largest corridor window: link {link}, {rows} x {cols} cells with {cells} in the corridor; its solve estimate {need:.2f} GB.</source>
      <translation>最大的廊道窗口：连接 {link}，{rows} x {cols} 个像元，其中 {cells} 个在廊道内；其求解内存估算 {need:.2f} GB。</translation>
    </message>
    <message>
      <source>SYSTEM_WEIGHTS gives {a_size} weights for {n} systems.</source>
      <translation>SYSTEM_WEIGHTS 给出了 {a_size} 个权重，但有 {n} 个系统。</translation>
    </message>
    <message>
      <source>SYSTEM_WEIGHTS must not be negative: {weights}.</source>
      <translation>SYSTEM_WEIGHTS 不能为负：{weights}。</translation>
    </message>
    <message>
      <source>SYSTEM_WEIGHTS must sum to 1, but {weights} sum to {total}; e.g. {example}.</source>
      <translation>SYSTEM_WEIGHTS 之和必须为 1，但 {weights} 之和为 {total}；例如 {example}。</translation>
    </message>
    <message>
      <source>Coupling needs at least two systems; got {n}.</source>
      <translation>耦合至少需要两个系统；得到 {n} 个。</translation>
    </message>
    <message>
      <source>Unknown coupling model {model}.</source>
      <translation>未知的耦合模型 {model}。</translation>
    </message>
    <message>
      <source>Unknown weighting {method}.</source>
      <translation>未知的赋权方法 {method}。</translation>
    </message>
    <message>
      <source>Entropy needs at least two rows; there are {m}.</source>
      <translation>熵权法至少需要两行；现有 {m} 行。</translation>
    </message>
    <message>
      <source>A composite index needs at least two rows; there are {m}.</source>
      <translation>综合指数至少需要两行；现有 {m} 行。</translation>
    </message>
    <message>
      <source>GIVEN_WEIGHTS names {unknown}, which are not among the indicator fields ({names}).</source>
      <translation>GIVEN_WEIGHTS 中的 {unknown} 不在指标字段（{names}）之中。</translation>
    </message>
    <message>
      <source>GIVEN_WEIGHTS has no weight for {missing}; give every indicator one, e.g. {names}.</source>
      <translation>GIVEN_WEIGHTS 缺少 {missing} 的权重；请为每个指标给出权重，例如 {names}。</translation>
    </message>
    <message>
      <source>GIVEN_WEIGHTS must be positive; {bad}.</source>
      <translation>GIVEN_WEIGHTS 必须为正；{bad}。</translation>
    </message>
    <message>
      <source>Unknown scaling {scaling}.</source>
      <translation>未知的标准化方法 {scaling}。</translation>
    </message>
    <message>
      <source>Entropy is undefined for indicators with negative values or a zero sum; scale them (SCALING 0 or 1) first.</source>
      <translation>含负值或总和为零的指标无法计算信息熵；请先对其标准化（SCALING 0 或 1）。</translation>
    </message>
    <message>
      <source>Every indicator is constant: entropy gives no weights.</source>
      <translation>所有指标都是常量：熵权法无法给出权重。</translation>
    </message>
    <message>
      <source>Every indicator is constant: there is nothing to weigh.</source>
      <translation>所有指标都是常量：无可赋权。</translation>
    </message>
    <message>
      <source>Given weights: {g_size} values for {k} indicators.</source>
      <translation>指定权重：{g_size} 个值对应 {k} 个指标。</translation>
    </message>
    <message>
      <source>Given weights must be positive numbers.</source>
      <translation>指定权重必须为正数。</translation>
    </message>
    <message>
      <source>Group {group} has {rows} row; each group needs at least two.</source>
      <translation>组 {group} 只有 {rows} 行；每组至少需要两行。</translation>
    </message>
    <message>
      <source>GIVEN_WEIGHTS entry {part} is not field=weight.</source>
      <translation>GIVEN_WEIGHTS 的条目 {part} 不是“字段=权重”格式。</translation>
    </message>
    <message>
      <source>GIVEN_WEIGHTS names {unknown}, which is not among the indicator fields ({names}).</source>
      <translation>GIVEN_WEIGHTS 中的 {unknown} 不在指标字段（{names}）之中。</translation>
    </message>
    <message>
      <source>CRITERIA entry {part} is not 'Name: field1, field2'.</source>
      <translation>CRITERIA 的条目 {part} 不是“名称: 字段1, 字段2”格式。</translation>
    </message>
    <message>
      <source>CRITERIA entry {part} has no name before the colon.</source>
      <translation>CRITERIA 的条目 {part} 在冒号前没有名称。</translation>
    </message>
    <message>
      <source>CRITERIA {crit} lists no indicator.</source>
      <translation>CRITERIA {crit} 没有列出任何指标。</translation>
    </message>
    <message>
      <source>GIVEN_WEIGHTS: the weight of {key}, {value}, is not a number.</source>
      <translation>GIVEN_WEIGHTS：{key} 的权重 {value} 不是数值。</translation>
    </message>
    <message>
      <source>CRITERIA {crit} lists {f}, which is not among the indicator fields ({names}).</source>
      <translation>CRITERIA {crit} 列出的 {f} 不在指标字段（{names}）之中。</translation>
    </message>
    <message>
      <source>CRITERIA: {f} is in both {seen} and {crit}; an indicator belongs to one criterion.</source>
      <translation>CRITERIA：{f} 同时属于 {seen} 和 {crit}；一个指标只能属于一个准则层。</translation>
    </message>
    <message>
      <source>The table has more than one row for the same {what}: {dupes}{more}. Give TIME_FIELD for a panel, or remove the duplicates.</source>
      <translation>表中同一{what}有多行：{dupes}{more}。面板数据请给出 TIME_FIELD，否则请删除重复行。</translation>
    </message>
    <message>
      <source>key and time</source>
      <translation>关键字段和时间</translation>
    </message>
    <message>
      <source>key</source>
      <translation>关键字段</translation>
    </message>
    <message>
      <source> and {n} more</source>
      <translation> 等另外 {n} 项</translation>
    </message>
    <message>
      <source>region {region} appears more than once in time {time}</source>
      <translation>地区 {region} 在时间 {time} 中出现了多次</translation>
    </message>
    <message>
      <source>time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>regions</source>
      <translation>地区数</translation>
    </message>
    <message>
      <source>mean</source>
      <translation>均值</translation>
    </message>
    <message>
      <source>min</source>
      <translation>最小值</translation>
    </message>
    <message>
      <source>max</source>
      <translation>最大值</translation>
    </message>
    <message>
      <source>no rows for time(s) {missing}; the table holds {times}</source>
      <translation>没有时间 {missing} 的行；表中的时间为 {times}</translation>
    </message>
    <message>
      <source>level %d</source>
      <translation>等级 %d</translation>
    </message>
    <message>
      <source>region</source>
      <translation>地区</translation>
    </message>
    <message>
      <source>Layer '%s' already has the field(s) %s that this tool writes; choose another %s or drop those fields first.</source>
      <translation>图层“%s”已有本工具要写入的字段 %s；请另选 %s，或先删除这些字段。</translation>
    </message>
    <message>
      <source>Choose at least one indicator in POSITIVE_FIELDS or NEGATIVE_FIELDS.</source>
      <translation>请在 POSITIVE_FIELDS 或 NEGATIVE_FIELDS 中至少选择一个指标。</translation>
    </message>
    <message>
      <source>INDEX_FIELD must not be empty.</source>
      <translation>INDEX_FIELD 不能为空。</translation>
    </message>
    <message>
      <source>Read %d rows x %d indicators from '%s'.</source>
      <translation>已读取 %d 行 x %d 个指标（“%s”）。</translation>
    </message>
    <message>
      <source>Read %d rows of %d systems.</source>
      <translation>已读取 %d 行、%d 个系统。</translation>
    </message>
    <message>
      <source>%d of %d regions have data.</source>
      <translation>%d 个地区有数据（共 %d 个）。</translation>
    </message>
    <message>
      <source>Wrote %d features.</source>
      <translation>已写入 %d 个要素。</translation>
    </message>
    <message>
      <source>%s cannot be both a positive and a negative indicator.</source>
      <translation>%s 不能同时是正向指标和负向指标。</translation>
    </message>
    <message>
      <source>SCALING 'none' takes values as already standardised, so the negative indicators %s cannot be reversed; use SCALING 0 or 1, or reverse them first.</source>
      <translation>SCALING 'none' 将数值视为已标准化，因此无法反转负向指标 %s；请使用 SCALING 0 或 1，或先自行反转。</translation>
    </message>
    <message>
      <source>Layer '%s' has %d row(s); a composite index needs at least two.</source>
      <translation>图层“%s”有 %d 行；综合指数至少需要两行。</translation>
    </message>
    <message>
      <source>SYSTEM_FIELDS needs at least two index fields; got %d (%s).</source>
      <translation>SYSTEM_FIELDS 至少需要两个指数字段；得到 %d 个（%s）。</translation>
    </message>
    <message>
      <source>Layer '%s' has no rows.</source>
      <translation>图层“%s”没有行。</translation>
    </message>
    <message>
      <source>Index '%s' of layer '%s' is %g in row %d (id %d), outside [0, 1]; %d value(s) are. Coupling needs standardised indices: build them with compositeindex.</source>
      <translation>指数“%s”（图层“%s”）的值为 %g，位于第 %d 行（id %d），超出 [0, 1]；共有 %d 个值如此。耦合需要标准化的指数：请用 compositeindex 构建。</translation>
    </message>
    <message>
      <source>%d row(s) have every index 0; their C is set to 0.</source>
      <translation>%d 行的所有指数均为 0；其 C 设为 0。</translation>
    </message>
    <message>
      <source>%d row(s) have D outside the grade table %g..%g and get no grade.</source>
      <translation>%d 行的 D 位于等级表 %g..%g 之外，不分配等级。</translation>
    </message>
    <message>
      <source>No key of '%s' (e.g. %s) matches a '%s' of '%s' (e.g. %s). Check the key fields, or set MATCH to loose.</source>
      <translation>“%s”的关键字段值（例如 %s）与字段“%s”（图层“%s”，例如 %s）都不匹配。请检查关键字段，或将 MATCH 设为宽松匹配。</translation>
    </message>
    <message>
      <source>Several regions share the key(s) %s; each gets the same values.</source>
      <translation>多个地区共用关键字段值 %s；它们获得相同的值。</translation>
    </message>
    <message>
      <source>%d table key(s) match no region and are left out: %s.</source>
      <translation>%d 个表关键字段值没有匹配的地区，已排除：%s。</translation>
    </message>
    <message>
      <source>The region layer already has field(s) named like joined ones; renamed: %s.</source>
      <translation>地区图层已有与连接字段同名的字段；已重命名：%s。</translation>
    </message>
    <message>
      <source>Constant indicator(s)%s carry no information and get weight 0: %s.</source>
      <translation>常量指标%s不含信息，权重为 0：%s。</translation>
    </message>
    <message>
      <source>SYSTEM_WEIGHTS must be numbers separated by commas, got %r.</source>
      <translation>SYSTEM_WEIGHTS 必须是用逗号分隔的数，得到 %r。</translation>
    </message>
    <message>
      <source>REGIONS is given: name its key field in REGION_KEY.</source>
      <translation>已给出 REGIONS：请在 REGION_KEY 中指定其关键字段。</translation>
    </message>
    <message>
      <source>%s by year</source>
      <translation>%s 按年份</translation>
    </message>
    <message>
      <source>%s by region and year</source>
      <translation>%s 按地区和年份</translation>
    </message>
    <message>
      <source>No region of REGIONS matches the table by %s: check REGION_KEY.</source>
      <translation>REGIONS 中没有地区能按 %s 与表匹配：请检查 REGION_KEY。</translation>
    </message>
    <message>
      <source>%s grade, %s</source>
      <translation>%s 等级，%s</translation>
    </message>
    <message>
      <source>INPUT '%s': %s.</source>
      <translation>INPUT“%s”：%s。</translation>
    </message>
    <message>
      <source>Weights: %s</source>
      <translation>权重：%s</translation>
    </message>
    <message>
      <source>MAP_TIMES: %s.</source>
      <translation>MAP_TIMES：%s。</translation>
    </message>
    <message>
      <source>%s grades, %s</source>
      <translation>%s 等级，%s</translation>
    </message>
    <message>
      <source>Level %d</source>
      <translation>等级 %d</translation>
    </message>
    <message>
      <source>Layer '{layer}' has {n} rows for region '{region}' in period {period} (rows {rows}); {others} other region-period pair(s) repeat as well. Each region may appear once per period, or it counts twice in that period's curve: remove or aggregate the repeated rows, or check that ID_FIELD and TIME_FIELD are the region and the period.</source>
      <translation>图层 '{layer}' 中区域 '{region}' 在时期 {period} 有 {n} 行（第 {rows} 行）；另有 {others} 个区域-时期组合同样重复。每个区域每期只能出现一次，否则会在该期的曲线中被计算两次：请删除或汇总重复的行，或检查 ID_FIELD 和 TIME_FIELD 是否分别为区域和时期。</translation>
    </message>
    <message>
      <source>A rule-of-thumb bandwidth needs at least two values; got {x_size}.</source>
      <translation>经验法则带宽至少需要两个值；得到 {x_size} 个。</translation>
    </message>
    <message>
      <source>All {x_size} values are equal ({x_0}): a density has no width; use a fixed bandwidth.</source>
      <translation>全部 {x_size} 个值都相等（{x_0}）：密度没有宽度；请使用固定带宽。</translation>
    </message>
    <message>
      <source>A fixed bandwidth must be a positive number; got {fixed}.</source>
      <translation>固定带宽必须是正数；得到 {fixed}。</translation>
    </message>
    <message>
      <source>Group {key_0}, time {key_1} has {x_size} value(s); a density needs at least two (or a fixed bandwidth).</source>
      <translation>组 {key_0}、时间 {key_1} 只有 {x_size} 个值；密度至少需要两个值（或使用固定带宽）。</translation>
    </message>
    <message>
      <source>A linear trend needs two observed periods per unit.</source>
      <translation>线性趋势要求每个个体有两个有观测值的时期。</translation>
    </message>
    <message>
      <source>A pooled AR(1) needs at least three consecutive pairs.</source>
      <translation>混合 AR(1) 至少需要三对相邻时期。</translation>
    </message>
    <message>
      <source>TEST_YEARS must be at least 1.</source>
      <translation>TEST_YEARS 必须至少为 1。</translation>
    </message>
    <message>
      <source>{name} has {n_periods} periods ({first}-{last}); holding out {test_periods} leaves {n_fit} to fit, and the models need at least {need}. Hold out fewer periods (at most {most}).</source>
      <translation>{name} 有 {n_periods} 个时期（{first}-{last}）；留出 {test_periods} 期后剩余 {n_fit} 期用于拟合，而模型至少需要 {need} 期。请减少留出期数（最多 {most}）。</translation>
    </message>
    <message>
      <source>TARGET_TIME {target} is not after the last period {last}.</source>
      <translation>TARGET_TIME {target} 不在最后时期 {last} 之后。</translation>
    </message>
    <message>
      <source>The periods of {name} are not evenly spaced ({periods}); forecasts need one step per period.</source>
      <translation>{name} 的时期间隔不均匀（{periods}）；预测要求每个时期一个步长。</translation>
    </message>
    <message>
      <source>{name} has more than one row for the same unit and period: {shown}. Keep one row per unit and period.</source>
      <translation>{name} 中同一个体和时期有多行：{shown}。每个个体和时期只保留一行。</translation>
    </message>
    <message>
      <source>The LSTM needs PyTorch, which QGIS's Python cannot import. To install it, %s. The other models ran without it.</source>
      <translation>LSTM 需要 PyTorch，但 QGIS 的 Python 无法导入它。安装方法：%s。其他模型已在没有它的情况下运行。</translation>
    </message>
    <message>
      <source>The LSTM needs at least 4 windows of {window} consecutive periods to learn from; there are {rows}. Use a shorter WINDOW.</source>
      <translation>LSTM 至少需要 4 个由 {window} 个连续时期组成的窗口用于学习；现有 {rows} 个。请使用更短的 WINDOW。</translation>
    </message>
    <message>
      <source>The HTML plots need the Python package plotly (QGIS's own plots use it): on Debian/Ubuntu 'apt install python3-plotly', in OSGeo4W it comes with QGIS, elsewhere 'pip install plotly'.</source>
      <translation>HTML 图表需要 Python 包 plotly（QGIS 自带的图表也使用它）：在 Debian/Ubuntu 上运行 'apt install python3-plotly'，OSGeo4W 中随 QGIS 提供，其他环境运行 'pip install plotly'。</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>拟合</translation>
    </message>
    <message>
      <source>Granger causality (Wald)</source>
      <translation>格兰杰因果检验（Wald）</translation>
    </message>
    <message>
      <source>share</source>
      <translation>占比</translation>
    </message>
    <message>
      <source>Forecast error variance decomposition</source>
      <translation>预测误差方差分解</translation>
    </message>
    <message>
      <source>density</source>
      <translation>密度</translation>
    </message>
    <message>
      <source>Mean of all units</source>
      <translation>所有个体的均值</translation>
    </message>
    <message>
      <source>held out</source>
      <translation>留出检验期</translation>
    </message>
    <message>
      <source>Coefficients (%s, %s, %d lag(s))</source>
      <translation>系数（%s，%s，%d 阶滞后）</translation>
    </message>
    <message>
      <source>Lag selection (smaller is better)</source>
      <translation>滞后阶数选择（越小越好）</translation>
    </message>
    <message>
      <source>Orthogonalised impulse responses</source>
      <translation>正交化脉冲响应</translation>
    </message>
    <message>
      <source>Kernel density of %s by %s%s</source>
      <translation>%s 的核密度估计（按 %s）%s</translation>
    </message>
    <message>
      <source>Density surface%s</source>
      <translation>密度曲面%s</translation>
    </message>
    <message>
      <source>equation</source>
      <translation>方程</translation>
    </message>
    <message>
      <source>regressor</source>
      <translation>回归变量</translation>
    </message>
    <message>
      <source>coefficient</source>
      <translation>系数</translation>
    </message>
    <message>
      <source>std. error</source>
      <translation>标准误</translation>
    </message>
    <message>
      <source>observations</source>
      <translation>观测数</translation>
    </message>
    <message>
      <source>instruments / eq.</source>
      <translation>每个方程的工具变量数</translation>
    </message>
    <message>
      <source>largest modulus</source>
      <translation>伴随矩阵特征值的最大模</translation>
    </message>
    <message>
      <source>stable</source>
      <translation>稳定</translation>
    </message>
    <message>
      <source>excluded</source>
      <translation>被排除变量</translation>
    </message>
    <message>
      <source>%s to a %s shock</source>
      <translation>%s 对 %s 冲击的响应</translation>
    </message>
    <message>
      <source>Orthogonalised impulse responses (95 %% bands, %d draws)</source>
      <translation>正交化脉冲响应（95 %% 置信带，%d 次自助抽样）</translation>
    </message>
    <message>
      <source>observed</source>
      <translation>观测值</translation>
    </message>
    <message>
      <source>lags</source>
      <translation>滞后阶数</translation>
    </message>
    <message>
      <source>%s (held out)</source>
      <translation>%s（留出检验期）</translation>
    </message>
    <message>
      <source>%s (forecast)</source>
      <translation>%s（预测）</translation>
    </message>
    <message>
      <source>The confidence level must lie between 0 and 1; got {level}.</source>
      <translation>置信水平必须介于 0 和 1 之间；得到 {level}。</translation>
    </message>
    <message>
      <source>The number of bootstrap draws must be at least 1; got {draws}.</source>
      <translation>自助抽样次数必须至少为 1；得到 {draws}。</translation>
    </message>
    <message>
      <source>None of the {draws} bootstrap draws could be estimated; the panel has too few units for resampling.</source>
      <translation>{draws} 次自助抽样均无法估计；面板的个体太少，无法重抽样。</translation>
    </message>
    <message>
      <source>MAX_LAGS must be at least 1; got {max_lags}.</source>
      <translation>MAX_LAGS 必须至少为 1；得到 {max_lags}。</translation>
    </message>
    <message>
      <source>MAX_LAGS = {max_lags} needs at least {need} periods; the panel has {n_periods}. Use MAX_LAGS of at most {most}.</source>
      <translation>MAX_LAGS = {max_lags} 至少需要 {need} 个时期；面板有 {n_periods} 个。请使用不超过 {most} 的 MAX_LAGS。</translation>
    </message>
    <message>
      <source>{n_names} names were given for {k} {prefix} columns; give one name per column.</source>
      <translation>给出了 {n_names} 个名称，但有 {k} 个 {prefix} 列；请每列给一个名称。</translation>
    </message>
    <message>
      <source>Variable names must be distinct; got {names}.</source>
      <translation>变量名必须互不相同；得到 {names}。</translation>
    </message>
    <message>
      <source>{what} must have one row per (id, time) row ({n}); got shape {a_shape}.</source>
      <translation>{what} 必须每个 (id, time) 行对应一行（{n}）；得到形状 {a_shape}。</translation>
    </message>
    <message>
      <source>ids and times must be 1-D and of equal length; got {ids_shape} and {times_shape}.</source>
      <translation>ids 和 times 必须是一维且长度相同；得到 {ids_shape} 和 {times_shape}。</translation>
    </message>
    <message>
      <source>The panel is empty: no (id, time) rows.</source>
      <translation>面板为空：没有 (id, time) 行。</translation>
    </message>
    <message>
      <source>{name} is both an endogenous and an exogenous variable; list it once.</source>
      <translation>{name} 同时是内生变量和外生变量；请只列出一次。</translation>
    </message>
    <message>
      <source>Duplicate (id, time) rows: {rows}. Each unit may appear once per period; remove or aggregate the repeated rows.</source>
      <translation>重复的 (id, time) 行：{rows}。每个个体在每个时期只能出现一次；请删除或汇总重复行。</translation>
    </message>
    <message>
      <source>Infinite values at {where}; replace them by valid numbers or leave the cells empty (missing).</source>
      <translation>{where} 处有无穷值；请替换为有效数值，或将这些单元格留空（缺失）。</translation>
    </message>
    <message>
      <source>TRANSFORM must be 0 (forward orthogonal deviations, 'fod') or 1 (first differences, 'fd'); got {transform}.</source>
      <translation>TRANSFORM 必须为 0（前向正交离差变换，'fod'）或 1（一阶差分，'fd'）；得到 {transform}。</translation>
    </message>
    <message>
      <source>unit {unit} in {period} ({name})</source>
      <translation>个体 {unit} 在 {period}（{name}）</translation>
    </message>
    <message>
      <source>Logs were asked but {n_cells} value(s) are zero or negative: {where}. Turn LOG off, or shift or drop those values.</source>
      <translation>要求取对数，但有 {n_cells} 个值为零或负：{where}。请关闭 LOG，或平移或删除这些值。</translation>
    </message>
    <message>
      <source>Variable {name} has no valid value.</source>
      <translation>变量 {name} 没有有效值。</translation>
    </message>
    <message>
      <source>Variable {name} is constant ({hi}) over the whole panel; it carries no information: drop it.</source>
      <translation>变量 {name} 在整个面板上为常量（{hi}）；它不含任何信息：请删除。</translation>
    </message>
    <message>
      <source>Variable {name} is constant within every unit; the fixed-effect transformation removes it entirely: drop it.</source>
      <translation>变量 {name} 在每个个体内都是常量；固定效应变换会将其完全消除：请删除。</translation>
    </message>
    <message>
      <source>STEPS must be 0 (one-step, 'onestep') or 1 (two-step, 'twostep'); got {steps}.</source>
      <translation>STEPS 必须为 0（一步法，'onestep'）或 1（两步法，'twostep'）；得到 {steps}。</translation>
    </message>
    <message>
      <source>The one-step weighting matrix is singular; a generalised inverse was used (as panelvar does).</source>
      <translation>一步法权重矩阵奇异；已使用广义逆（与 panelvar 相同）。</translation>
    </message>
    <message>
      <source>The two-step weighting matrix is near-singular (an eigenvalue below 1e-9): its generalised inverse was used, as panelvar does. Many instruments for few units also weaken Hansen's J.</source>
      <translation>两步法权重矩阵接近奇异（有特征值小于 1e-9）：已使用其广义逆，与 panelvar 相同。个体较少而工具变量较多时，Hansen J 检验的效力也会减弱。</translation>
    </message>
    <message>
      <source>forward orthogonal deviations</source>
      <translation>前向正交离差变换</translation>
    </message>
    <message>
      <source>first differences</source>
      <translation>一阶差分</translation>
    </message>
    <message>
      <source>LAGS must be at least 1; got {lags}.</source>
      <translation>LAGS 必须至少为 1；得到 {lags}。</translation>
    </message>
    <message>
      <source>LAGS = {lags} needs at least {need} periods ({lags} for the lags, one lost to the transformation, one to estimate); the panel has {n_periods} ({span}). {advice}</source>
      <translation>LAGS = {lags} 至少需要 {need} 个时期（{lags} 个用于滞后，变换损失一个，估计需要一个）；面板有 {n_periods} 个（{span}）。{advice}</translation>
    </message>
    <message>
      <source>MIN_INSTRUMENT_LAG must be at least 2 (a level lagged once is correlated with the transformed error); got {lmin}.</source>
      <translation>MIN_INSTRUMENT_LAG 必须至少为 2（滞后一期的水平值与变换后的误差相关）；得到 {lmin}。</translation>
    </message>
    <message>
      <source>MAX_INSTRUMENT_LAG ({lmax}) is below MIN_INSTRUMENT_LAG ({lmin}); raise it.</source>
      <translation>MAX_INSTRUMENT_LAG（{lmax}）小于 MIN_INSTRUMENT_LAG（{lmin}）；请调高。</translation>
    </message>
    <message>
      <source>MIN_INSTRUMENT_LAG = {lmin} leaves no instrument: the panel has {n_periods} periods ({span}), so lags of at most {most} exist. Lower it.</source>
      <translation>MIN_INSTRUMENT_LAG = {lmin} 没有留下任何工具变量：面板有 {n_periods} 个时期（{span}），因此最多只有 {most} 阶滞后。请调低。</translation>
    </message>
    <message>
      <source>Only {l} instrument(s) per equation for {b} regressor(s): the equations are not identified. Lower MIN_INSTRUMENT_LAG, raise MAX_INSTRUMENT_LAG, turn COLLAPSE off or use fewer lags.</source>
      <translation>每个方程只有 {l} 个工具变量，却有 {b} 个回归变量：方程不可识别。请调低 MIN_INSTRUMENT_LAG、调高 MAX_INSTRUMENT_LAG、关闭 COLLAPSE 或减少滞后阶数。</translation>
    </message>
    <message>
      <source>{n} consecutive complete periods</source>
      <translation>{n} 个连续的完整时期</translation>
    </message>
    <message>
      <source>{n} consecutive complete periods and a later one</source>
      <translation>{n} 个连续的完整时期及其后的一个时期</translation>
    </message>
    <message>
      <source>No unit has an estimable row: LAGS = {lags} with {transform_words} needs {need}, and no unit has them. Use fewer lags or fill the gaps.</source>
      <translation>没有个体有可估计的行：LAGS = {lags} 采用{transform_words}时需要{need}，但没有个体满足。请减少滞后阶数或填补缺口。</translation>
    </message>
    <message>
      <source>Only {valid} usable rows for {b} regressors per equation; the panel is too short for LAGS = {lags}.</source>
      <translation>每个方程只有 {valid} 个可用行，却有 {b} 个回归变量；面板对 LAGS = {lags} 来说太短。</translation>
    </message>
    <message>
      <source>{name} must be a whole number; got {v}.</source>
      <translation>{name} 必须是整数；得到 {v}。</translation>
    </message>
    <message>
      <source>{n} unit(s) contribute nothing (each row needs {need}): {units}</source>
      <translation>{n} 个个体没有可用的观测（每行需要 {need}）：{units}</translation>
    </message>
    <message>
      <source>Use at most {most} lag(s).</source>
      <translation>最多使用 {most} 阶滞后。</translation>
    </message>
    <message>
      <source>A panel VAR needs at least 3 periods.</source>
      <translation>面板向量自回归至少需要 3 个时期。</translation>
    </message>
    <message>
      <source>The Hannan-Quinn factor must be at least 2; got {hq}.</source>
      <translation>Hannan-Quinn 系数必须至少为 2；得到 {hq}。</translation>
    </message>
    <message>
      <source>HORIZON must be at least 1; got {horizon}.</source>
      <translation>HORIZON 必须至少为 1；得到 {horizon}。</translation>
    </message>
    <message>
      <source>The residual covariance is not positive definite, so it has no Cholesky factor: two variables move in lockstep; drop one.</source>
      <translation>残差协方差矩阵不是正定的，因此没有 Cholesky 分解：有两个变量完全同步变化；请删除其中一个。</translation>
    </message>
    <message>
      <source>No model left to run (the LSTM needs PyTorch).</source>
      <translation>没有可运行的模型（LSTM 需要 PyTorch）。</translation>
    </message>
    <message>
      <source>Forecasts of %s</source>
      <translation>%s 的预测</translation>
    </message>
    <message>
      <source>Regions with missing periods (forecast from their last known value): %s.</source>
      <translation>缺少时期的地区（从其最后已知值开始预测）：%s。</translation>
    </message>
    <message>
      <source>%s: R2 %.4f, RMSE %.4g, MAE %.4g on the last %d period(s).</source>
      <translation>%s：R2 %.4f，RMSE %.4g，MAE %.4g（最后 %d 期）。</translation>
    </message>
    <message>
      <source>Scores on the last %d period(s)</source>
      <translation>最后 %d 期的评分</translation>
    </message>
    <message>
      <source>model</source>
      <translation>模型</translation>
    </message>
    <message>
      <source>Kernel density of %s</source>
      <translation>%s 的核密度估计</translation>
    </message>
    <message>
      <source>variable</source>
      <translation>变量</translation>
    </message>
    <message>
      <source>series</source>
      <translation>序列</translation>
    </message>
    <message>
      <source>test</source>
      <translation>检验</translation>
    </message>
    <message>
      <source>statistic</source>
      <translation>统计量</translation>
    </message>
    <message>
      <source>p-value</source>
      <translation>p 值</translation>
    </message>
    <message>
      <source>verdict</source>
      <translation>结论</translation>
    </message>
    <message>
      <source>Choose at least one variable in VARIABLES.</source>
      <translation>请在 VARIABLES 中至少选择一个变量。</translation>
    </message>
    <message>
      <source>%s, %s, %s: %s</source>
      <translation>%s，%s，%s：%s</translation>
    </message>
    <message>
      <source>%s not run on %s. %s</source>
      <translation>%s 未在 %s 上运行。%s</translation>
    </message>
    <message>
      <source>%s (%s): done.</source>
      <translation>%s（%s）：完成。</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>%s: %d unit(s) have gaps and are tested on their longest consecutive run: %s.</source>
      <translation>%s：%d 个个体存在缺口，在其最长的连续时段上检验：%s。</translation>
    </message>
    <message>
      <source>%s (%s): %s</source>
      <translation>%s（%s）：%s</translation>
    </message>
    <message>
      <source>Series of %s</source>
      <translation>%s 的序列</translation>
    </message>
    <message>
      <source>not run: %s</source>
      <translation>未运行：%s</translation>
    </message>
    <message>
      <source>Fitted the panel VAR.</source>
      <translation>已拟合面板向量自回归模型。</translation>
    </message>
    <message>
      <source>Panel VAR</source>
      <translation>面板向量自回归</translation>
    </message>
    <message>
      <source>%d observations, %d regions, %d instruments per equation; Hansen J = %.4f (df %d, p = %.4f); companion moduli %s (%s).</source>
      <translation>%d 个观测值，%d 个地区，每个方程 %d 个工具变量；Hansen J = %.4f（自由度 %d，p = %.4f）；伴随矩阵特征值的模 %s（%s）。</translation>
    </message>
    <message>
      <source>Impulse responses.</source>
      <translation>脉冲响应。</translation>
    </message>
    <message>
      <source>A panel VAR needs at least two VARIABLES; got %d.</source>
      <translation>面板向量自回归至少需要两个 VARIABLES；得到 %d 个。</translation>
    </message>
    <message>
      <source>Unbalanced panel: %d region(s) miss periods, e.g. %s.</source>
      <translation>不平衡面板：%d 个地区缺少时期，例如 %s。</translation>
    </message>
    <message>
      <source>%d of %d bootstrap draws could not be estimated and were left out of the bands.</source>
      <translation>%d 次自助抽样（共 %d 次）无法估计，已排除在置信带之外。</translation>
    </message>
    <message>
      <source>Impulse responses with %d bootstrap draws.</source>
      <translation>已计算脉冲响应，自助抽样 %d 次。</translation>
    </message>
    <message>
      <source>NOT stable</source>
      <translation>不稳定</translation>
    </message>
    <message>
      <source>unit root (all units)</source>
      <translation>单位根（所有个体）</translation>
    </message>
    <message>
      <source>stationarity (all units)</source>
      <translation>平稳（所有个体）</translation>
    </message>
    <message>
      <source>no deterministic terms</source>
      <translation>不含确定性项</translation>
    </message>
    <message>
      <source>an intercept</source>
      <translation>截距项</translation>
    </message>
    <message>
      <source>an intercept and a trend</source>
      <translation>截距项和趋势项</translation>
    </message>
    <message>
      <source>an ADF regression with {p} lag(s)</source>
      <translation>含 {p} 阶滞后的 ADF 回归</translation>
    </message>
    <message>
      <source>reject {null} at {level} (p = {p})</source>
      <translation>在 {level} 水平上拒绝原假设：{null}（p = {p}）</translation>
    </message>
    <message>
      <source>do not reject {null} at {level} (p = {p})</source>
      <translation>在 {level} 水平上不拒绝原假设：{null}（p = {p}）</translation>
    </message>
    <message>
      <source>a Phillips-Perron regression</source>
      <translation>Phillips-Perron 回归</translation>
    </message>
    <message>
      <source>lag selection fitting up to pmax = {p} lags</source>
      <translation>最多拟合 pmax = {p} 阶滞后的滞后阶数选择</translation>
    </message>
    <message>
      <source>Give one lag number for all units or one per unit ({n}); got {n_out}.</source>
      <translation>请为所有个体给出一个滞后阶数，或每个个体一个（{n} 个）；得到 {n_out} 个。</translation>
    </message>
    <message>
      <source>Lags must be 0 or more; got {out}.</source>
      <translation>滞后阶数必须为 0 或以上；得到 {out}。</translation>
    </message>
    <message>
      <source>The IPS test needs an intercept or an intercept and trend (its moments are tabulated for those only).</source>
      <translation>IPS 检验需要截距项，或截距项和趋势项（其矩只对这两种情况制表）。</translation>
    </message>
    <message>
      <source>IPS moments of unit {unit} (T - p - 1)</source>
      <translation>个体 {unit} 的 IPS 矩（T - p - 1）</translation>
    </message>
    <message>
      <source>The {test} test needs a balanced panel (the same consecutive periods for every unit); units {odd} differ from the usual {t} periods. Restrict the periods, drop those units, or use the IPS or Fisher tests.</source>
      <translation>{test} 检验需要平衡面板（每个个体有相同的连续时期）；个体 {odd} 与通常的 {t} 个时期不同。请限定时期、删除这些个体，或使用 IPS 或 Fisher 检验。</translation>
    </message>
    <message>
      <source>LLC adjustment at T</source>
      <translation>T 处的 LLC 调整值</translation>
    </message>
    <message>
      <source>The Harris-Tzavalis test with {exo_words} needs at least {need} periods; {variable} has {t}.</source>
      <translation>Harris-Tzavalis 检验（{exo_words}）至少需要 {need} 个时期；{variable} 有 {t} 个。</translation>
    </message>
    <message>
      <source>Hadri's test needs an intercept or an intercept and trend.</source>
      <translation>Hadri 检验需要截距项，或截距项和趋势项。</translation>
    </message>
    <message>
      <source>Unit {units} has {size} consecutive periods of {variable} ({describe_span}); {regression} and {exo_words} needs at least {need}. Use fewer lags, drop the unit or extend its series.</source>
      <translation>个体 {units} 的 {variable} 有 {size} 个连续时期（{describe_span}）；{regression}（{exo_words}）至少需要 {need} 个。请减少滞后阶数、删除该个体或延长其序列。</translation>
    </message>
    <message>
      <source>{what}: {x} is outside the table ({lo}-{hi}); the value at {edge} is used.</source>
      <translation>{what}：{x} 超出表的范围（{lo}-{hi}）；使用 {edge} 处的值。</translation>
    </message>
    <message>
      <source>IPS Table 3 has no moments for {p} lags at T - p - 1 = {l} (unit {u}); use fewer lags or longer series.</source>
      <translation>IPS 表 3 中没有 {p} 阶滞后在 T - p - 1 = {l} 时的矩（个体 {u}）；请减少滞后阶数或使用更长的序列。</translation>
    </message>
    <message>
      <source>Fisher tests combine ADF or PP unit tests; got {kind}.</source>
      <translation>Fisher 检验组合 ADF 或 PP 单个检验；得到 {kind}。</translation>
    </message>
    <message>
      <source>Some unit p-values are 0 or 1; Z and L* are then infinite.</source>
      <translation>部分个体的 p 值为 0 或 1；此时 Z 与 L* 为无穷大。</translation>
    </message>
    <message>
      <source>Unit {unit}: IPS moments exist for up to 8 lags; those of 8 are used for its {p}.</source>
      <translation>个体 {unit}：IPS 矩仅列至 8 阶滞后；其 {p} 阶滞后使用 8 阶的矩。</translation>
    </message>
    <message>
      <source>ids, times and values must be 1-D and of equal length; got {ids_size}, {times_size} and {values_size} values.</source>
      <translation>ids、times 和 values 必须是一维且长度相同；得到 {ids_size}、{times_size} 和 {values_size} 个值。</translation>
    </message>
    <message>
      <source>The panel is empty: no (unit, period, value) rows.</source>
      <translation>面板为空：没有 (unit, period, value) 行。</translation>
    </message>
    <message>
      <source>{variable} has more than one row for the same unit and period: {shown}{more}. Keep one row per unit and period (remove or aggregate the duplicates).</source>
      <translation>{variable} 中同一个体和时期有多行：{shown}{more}。每个个体和时期只保留一行（删除或汇总重复行）。</translation>
    </message>
    <message>
      <source>A panel unit-root test needs at least {min_units} units; {variable} has {n_units}.</source>
      <translation>面板单位根检验至少需要 {min_units} 个个体；{variable} 有 {n_units} 个。</translation>
    </message>
    <message>
      <source>Unit {unit} has no finite value of {variable}; drop the unit.</source>
      <translation>个体 {unit} 没有 {variable} 的有限值；请删除该个体。</translation>
    </message>
    <message>
      <source>Unit {unit} has no two consecutive periods with values of {variable}; drop the unit or fill its gaps.</source>
      <translation>个体 {unit} 没有两个连续时期都有 {variable} 的值；请删除该个体或填补其缺口。</translation>
    </message>
    <message>
      <source>Unit {unit}: {variable} is constant ({value}) over {first}-{last}, so no unit-root regression can be fitted; drop the unit or test another variable.</source>
      <translation>个体 {unit}：{variable} 在 {first}-{last} 期间为常量（{value}），无法拟合单位根回归；请删除该个体或检验其他变量。</translation>
    </message>
    <message>
      <source>p-value method must be MacKinnon1996 or MacKinnon1994; got {method}.</source>
      <translation>p 值方法必须为 MacKinnon1996 或 MacKinnon1994；得到 {method}。</translation>
    </message>
    <message>
      <source>Deterministic terms must be one of {choices}; got {exo}.</source>
      <translation>确定性项必须为 {choices} 之一；得到 {exo}。</translation>
    </message>
    <message>
      <source>The regression of {label} is singular (e.g. its differences are constant, or too few periods for the lags); drop it, use fewer lags or other deterministic terms.</source>
      <translation>{label} 的回归是奇异的（例如其差分为常量，或时期数不足以容纳滞后阶数）；请删除它、减少滞后阶数或使用其他确定性项。</translation>
    </message>
    <message>
      <source>Lag selection must be a number of lags or one of AIC, SIC (BIC), Hall; got {method}.</source>
      <translation>滞后阶数选择必须是滞后阶数或 AIC、SIC (BIC)、Hall 之一；得到 {method}。</translation>
    </message>
    <message>
      <source>The run on the Dask cluster at {scheduler} failed: {reason}. Nothing was written; check the workers and run again, or leave SCHEDULER empty to run on this computer.</source>
      <translation>在 {scheduler} 的 Dask 集群上运行失败：{reason}。未写出任何结果；请检查工作节点后重新运行，或将 SCHEDULER 留空，在本机运行。</translation>
    </message>
    <message>
      <source>A Dask scheduler was given, but Dask is not installed in the Python that runs QGIS. To install it, {how}; then restart QGIS. Or leave SCHEDULER empty to run on this computer.</source>
      <translation>已指定 Dask 调度器，但运行 QGIS 的 Python 中未安装 Dask。安装方法：{how}；然后重启 QGIS。也可将 SCHEDULER 留空，在本机运行。</translation>
    </message>
    <message>
      <source>Could not connect to the Dask scheduler at {scheduler}: {reason}. Check the address (e.g. tcp://host:8786) and that the scheduler runs, or leave SCHEDULER empty to run on this computer.</source>
      <translation>无法连接 {scheduler} 的 Dask 调度器：{reason}。请检查地址（如 tcp://host:8786）及调度器是否在运行，或将 SCHEDULER 留空，在本机运行。</translation>
    </message>
    <message>
      <source>A local worker process stopped unexpectedly (out of memory?). Nothing was written; try fewer workers.</source>
      <translation>一个本地工作进程意外停止（内存不足？）。未写出任何结果；请减少工作进程数。</translation>
    </message>
    <message>
      <source>Raster '{name}' has {rastercount} band(s); band {band} does not exist.</source>
      <translation>栅格“{name}”有 {rastercount} 个波段；波段 {band} 不存在。</translation>
    </message>
    <message>
      <source>Raster '{name}' has no CRS, so it cannot be aligned to '{name2}'.</source>
      <translation>栅格“{name}”没有坐标系，因此无法与“{name2}”对齐。</translation>
    </message>
    <message>
      <source>Could not read rows {row0}-{row02} of raster '{name}'.</source>
      <translation>无法读取栅格“{name}”的第 {row0}-{row02} 行。</translation>
    </message>
    <message>
      <source>GDAL has no raster driver {driver} for {path}.</source>
      <translation>GDAL 没有用于 {path} 的栅格驱动 {driver}。</translation>
    </message>
    <message>
      <source>GDAL cannot open raster '{name}' ({path}): {err}</source>
      <translation>GDAL 无法打开栅格“{name}”（{path}）：{err}</translation>
    </message>
    <message>
      <source>{step} on a grid of {rows} x {cols} cells needs about {need} GB of memory, but only {free} GB are free. Nothing was written. Clip the rasters to the study area or resample them to larger cells, or close other programs, then run it again.</source>
      <translation>{step}（{rows} x {cols} 像元的栅格）约需 {need} GB 内存，但可用内存仅 {free} GB。未写出任何结果。请将栅格裁剪到研究区或重采样为更大的像元，或关闭其他程序，然后重新运行。</translation>
    </message>
    <message>
      <source>{step} makes a table of {n} rows, which needs about {need} GB of memory, but only {free} GB are free. Nothing was written. Split the input (fewer groups or periods) or close other programs, then run it again.</source>
      <translation>{step}将生成 {n} 行的表，约需 {need} GB 内存，但可用内存仅 {free} GB。未写出任何结果。请拆分输入（减少分组或时期），或关闭其他程序，然后重新运行。</translation>
    </message>
    <message>
      <source>MATRIX is empty; write rows separated by ';' and entries by ',', e.g. '1,3; 1/3,1'.</source>
      <translation>MATRIX 为空；行之间用 ';' 分隔，元素之间用 ',' 分隔，例如 '1,3; 1/3,1'。</translation>
    </message>
    <message>
      <source>AHP takes at most 15 factors (Saaty's random index); got {n}.</source>
      <translation>层次分析法最多支持 15 个因子（Saaty 随机一致性指标）；得到 {n} 个。</translation>
    </message>
    <message>
      <source>MATRIX entry {label}, column {j} is {a}; every comparison must be positive (1 = equal, 9 = extreme importance, 1/9 the reverse).</source>
      <translation>MATRIX 中 {label} 第 {j} 列的元素为 {a}；每个比较值都必须为正（1 = 同等重要，9 = 极端重要，1/9 为反向）。</translation>
    </message>
    <message>
      <source>MATRIX diagonal entry of {label} is {a}; a factor compared with itself is 1.</source>
      <translation>MATRIX 中 {label} 的对角元素为 {a}；因子与自身比较应为 1。</translation>
    </message>
    <message>
      <source>MATRIX is not reciprocal: entry ({i}, {j}) is {a} but entry ({j}, {i}) is {other}; it should be {expected}.</source>
      <translation>MATRIX 不是互反矩阵：元素 ({i}, {j}) 为 {a}，而元素 ({j}, {i}) 为 {other}；应为 {expected}。</translation>
    </message>
    <message>
      <source>NAMES gives {n_names} names for a {n} x {n} matrix.</source>
      <translation>NAMES 给出了 {n_names} 个名称，但矩阵为 {n} x {n}。</translation>
    </message>
    <message>
      <source>MATRIX must be square: it has {n} rows but row {i} has {n_values} entries.</source>
      <translation>MATRIX 必须是方阵：它有 {n} 行，但第 {i} 行有 {n_values} 个元素。</translation>
    </message>
    <message>
      <source>MATRIX row {i}, entry {j}: {e} is not a number or fraction.</source>
      <translation>MATRIX 第 {i} 行第 {j} 个元素：{e} 不是数值或分数。</translation>
    </message>
    <message>
      <source>There are {w_size} weights for {n_names} factors ({names}); give one weight per factor, in the order of FACTORS.</source>
      <translation>有 {w_size} 个权重，但有 {n_names} 个因子（{names}）；请按 FACTORS 的顺序为每个因子给一个权重。</translation>
    </message>
    <message>
      <source>Weights must be positive; {bad}.</source>
      <translation>权重必须为正；{bad}。</translation>
    </message>
    <message>
      <source>TABLE is empty; e.g. '1=5; 2=3; 3=1' or '0,500=1; 500,1000=2'.</source>
      <translation>TABLE 为空；例如 '1=5; 2=3; 3=1' 或 '0,500=1; 500,1000=2'。</translation>
    </message>
    <message>
      <source>TABLE maps every row to nodata; give at least one score.</source>
      <translation>TABLE 将所有行都映射为无数据；请至少给出一个得分。</translation>
    </message>
    <message>
      <source>TABLE row {k}, {part}, is not 'value=score' or 'min,max=score'.</source>
      <translation>TABLE 第 {k} 行 {part} 不是 'value=score' 或 'min,max=score' 格式。</translation>
    </message>
    <message>
      <source>TABLE row {k}, {part}: a range is 'min,max=score' with min &lt;= max.</source>
      <translation>TABLE 第 {k} 行 {part}：范围的格式为 'min,max=score'，且 min &lt;= max。</translation>
    </message>
    <message>
      <source>TABLE row {k}, {part}: the values and the score must be numbers.</source>
      <translation>TABLE 第 {k} 行 {part}：值和得分必须是数值。</translation>
    </message>
    <message>
      <source>Give FEATURES, SOURCE_RASTER or both: there is nothing to measure the distance to.</source>
      <translation>请给出 FEATURES、SOURCE_RASTER 或两者：没有可以量测距离的目标。</translation>
    </message>
    <message>
      <source>Marked the targets.</source>
      <translation>已标记目标。</translation>
    </message>
    <message>
      <source>lambda_max = %.6f, CI = %.6f, CR = %.6f</source>
      <translation>lambda_max = %.6f，CI = %.6f，CR = %.6f</translation>
    </message>
    <message>
      <source>The comparisons are inconsistent: CR = %.4f &gt;= 0.10. The judgement that strays furthest is %s over %s: given %.3g, the weights imply %.3g. Revise it, or set ALLOW_INCONSISTENT.</source>
      <translation>比较不一致：CR = %.4f &gt;= 0.10。偏离最大的判断是 %s 相对于 %s：给定值为 %.3g，而权重隐含的值为 %.3g。请修改该判断，或设置 ALLOW_INCONSISTENT。</translation>
    </message>
    <message>
      <source>FACTORS is empty: give at least one score raster.</source>
      <translation>FACTORS 为空：请至少给出一个得分栅格。</translation>
    </message>
    <message>
      <source>Resistance %g..%g over %d cells.</source>
      <translation>阻力 %g..%g，共 %d 个像元。</translation>
    </message>
    <message>
      <source>Give WEIGHTS or WEIGHTS_TABLE, not both.</source>
      <translation>请给出 WEIGHTS 或 WEIGHTS_TABLE，不要同时给出。</translation>
    </message>
    <message>
      <source>Give the factor weights: WEIGHTS as text (e.g. '0.35,0.1,0.1,0.25,0.25') or WEIGHTS_TABLE from ahpweights.</source>
      <translation>请给出因子权重：以文本形式给出 WEIGHTS（例如 '0.35,0.1,0.1,0.25,0.25'），或给出 ahpweights 生成的 WEIGHTS_TABLE。</translation>
    </message>
    <message>
      <source>Reference grid '%s' is in a geographic CRS (%s), so distances would be in degrees; reproject it to a projected CRS first.</source>
      <translation>参考栅格“%s”使用地理坐标系（%s），距离将以度为单位；请先将其重投影到投影坐标系。</translation>
    </message>
    <message>
      <source>Computed distances to %d target cells.</source>
      <translation>已计算到 %d 个目标像元的距离。</translation>
    </message>
    <message>
      <source>'%s' is on another grid than '%s'; it was aligned by nearest neighbour.</source>
      <translation>“%s”与“%s”不在同一网格上；已按最邻近法对齐。</translation>
    </message>
    <message>
      <source>  %s: %.6f</source>
      <translation>  %s：%.6f</translation>
    </message>
    <message>
      <source>The weights sum to %g; they were divided by %g so that they sum to 1.</source>
      <translation>权重之和为 %g；已将其除以 %g，使其和为 1。</translation>
    </message>
    <message>
      <source>Resampled to the grid of '%s' by nearest neighbour: %s.</source>
      <translation>已按最邻近法重采样到“%s”的网格：%s。</translation>
    </message>
    <message>
      <source>RESCALE must go from a lower to a higher value; got %g,%g.</source>
      <translation>RESCALE 必须从较小值到较大值；得到 %g,%g。</translation>
    </message>
    <message>
      <source>The resistance surface is empty: no cell has a value in every factor and correction (%s). Check their nodata and that they overlap.</source>
      <translation>阻力面为空：没有像元在所有因子和修正系数（%s）中都有值。请检查它们的无数据值以及是否重叠。</translation>
    </message>
    <message>
      <source>Rescaled to %g..%g.</source>
      <translation>已重缩放到 %g..%g。</translation>
    </message>
    <message>
      <source>The weights table's factor names (%s) do not all match the factor layers (%s); weights are taken in row order.</source>
      <translation>权重表中的因子名称（%s）与因子图层（%s）不完全一致；权重按行序使用。</translation>
    </message>
    <message>
      <source>No target cell falls on the grid of '%s' (%d feature(s) burnt); check that the features or target values overlap it.</source>
      <translation>没有目标像元落在“%s”的网格上（已烧录 %d 个要素）；请检查要素或目标值是否与其重叠。</translation>
    </message>
    <message>
      <source>Raster '%s' has no valid cells.</source>
      <translation>栅格“%s”没有有效像元。</translation>
    </message>
    <message>
      <source>Raster '%s' has values the TABLE does not cover, e.g. %s (rows %d onwards). Add rows for them, or set UNKNOWN_AS_NODATA.</source>
      <translation>栅格“%s”中有 TABLE 未覆盖的值，例如 %s（从第 %d 行起）。请为它们添加行，或设置 UNKNOWN_AS_NODATA。</translation>
    </message>
    <message>
      <source>PC_DISTANCE must be a distance &gt; 0 (in the units of the distances); got {distance}.</source>
      <translation>PC_DISTANCE 必须是 &gt; 0 的距离（与距离表的单位相同）；得到 {distance}。</translation>
    </message>
    <message>
      <source>PC_PROBABILITY must lie strictly between 0 and 1 (the chance of crossing PC_DISTANCE, e.g. 0.5); got {probability}.</source>
      <translation>PC_PROBABILITY 必须严格介于 0 和 1 之间（穿越 PC_DISTANCE 的概率，例如 0.5）；得到 {probability}。</translation>
    </message>
    <message>
      <source>Ask for IIC (IIC_THRESHOLD) or PC (PC_DISTANCE and PC_PROBABILITY), or both.</source>
      <translation>请选择 IIC（IIC_THRESHOLD）或 PC（PC_DISTANCE 和 PC_PROBABILITY），或两者。</translation>
    </message>
    <message>
      <source>PC needs both PC_DISTANCE and PC_PROBABILITY (e.g. 0.5 at the median dispersal distance); got {pc_distance} and {pc_probability}.</source>
      <translation>PC 需要同时给出 PC_DISTANCE 和 PC_PROBABILITY（例如在扩散距离中位数处为 0.5）；得到 {pc_distance} 和 {pc_probability}。</translation>
    </message>
    <message>
      <source>Give one attribute per patch id ({ids_size} ids, {a_size} attributes).</source>
      <translation>请为每个斑块 ID 给一个属性值（{ids_size} 个 ID，{a_size} 个属性值）。</translation>
    </message>
    <message>
      <source>Connectivity needs at least two patches; got {ids_size}. Lower the minimum patch size or widen the study area.</source>
      <translation>连通性至少需要两个斑块；得到 {ids_size} 个。请降低最小斑块面积或扩大研究区。</translation>
    </message>
    <message>
      <source>Patch ids must be unique; repeated: {list}.</source>
      <translation>斑块 ID 必须唯一；重复的有：{list}。</translation>
    </message>
    <message>
      <source>Patch attributes must be finite numbers &gt; 0; patch {patches} has {values}. Remove those patches or give them their area.</source>
      <translation>斑块属性必须是 &gt; 0 的有限数值；斑块 {patches} 的值为 {values}。请删除这些斑块或给出其面积。</translation>
    </message>
    <message>
      <source>Give one distance per pair: {f_size} first ids, {t_size} second ids, {d_size} distances.</source>
      <translation>请为每个斑块对给一个距离：{f_size} 个起始 ID，{t_size} 个终止 ID，{d_size} 个距离。</translation>
    </message>
    <message>
      <source>Distances must be numbers &gt;= 0; {list}. Fix or drop those pairs.</source>
      <translation>距离必须是 &gt;= 0 的数值；{list}。请修正或删除这些斑块对。</translation>
    </message>
    <message>
      <source>A pair is listed twice with different distances: {list}. Keep one distance per pair.</source>
      <translation>同一斑块对以不同距离列出了两次：{list}。每个斑块对只保留一个距离。</translation>
    </message>
    <message>
      <source>IIC_THRESHOLD must be a distance &gt; 0 (patches closer than it are linked); got {iic_threshold}.</source>
      <translation>IIC_THRESHOLD 必须是 &gt; 0 的距离（距离小于它的斑块视为相连）；得到 {iic_threshold}。</translation>
    </message>
    <message>
      <source>LANDSCAPE_AREA ({landscape_area}) must be at least the total patch attribute ({a}); give both in the same unit, or leave LANDSCAPE_AREA empty.</source>
      <translation>LANDSCAPE_AREA（{landscape_area}）必须至少等于斑块属性总和（{a}）；请使用相同单位，或将 LANDSCAPE_AREA 留空。</translation>
    </message>
    <message>
      <source>The distances refer to patch ids that are not among the patches ({name} id column): {list}. Use the same ids in both tables.</source>
      <translation>距离表引用了不在斑块中的斑块 ID（{name} ID 列）：{list}。请在两个表中使用相同的 ID。</translation>
    </message>
    <message>
      <source>MSPA needs a non-empty 2-D array, got shape {array_shape}</source>
      <translation>MSPA 需要非空的二维数组，得到形状 {array_shape}</translation>
    </message>
    <message>
      <source>MSPA connectivity must be 4 or 8, got {connectivity}</source>
      <translation>MSPA 连通性必须为 4 或 8，得到 {connectivity}</translation>
    </message>
    <message>
      <source>MSPA edge width must be an integer &gt;= 1, got {edge_width}</source>
      <translation>MSPA 边缘宽度必须是 &gt;= 1 的整数，得到 {edge_width}</translation>
    </message>
    <message>
      <source>MSPA edge width must be at most 100 pixels, got {ew}</source>
      <translation>MSPA 边缘宽度最多为 100 个像元，得到 {ew}</translation>
    </message>
    <message>
      <source>MSPA input must hold only 0 (missing), 1 (background) and 2 (foreground); found {array}</source>
      <translation>MSPA 输入只能包含 0（缺失）、1（背景）和 2（前景）；发现 {array}</translation>
    </message>
    <message>
      <source>MSPA input has no foreground pixel: nothing to segment</source>
      <translation>MSPA 输入没有前景像元：无可分割</translation>
    </message>
    <message>
      <source>MSPA input is all foreground: there is no background to segment it against</source>
      <translation>MSPA 输入全部为前景：没有可用于分割的背景</translation>
    </message>
    <message>
      <source>Labelling and outlining the patches of the raster PATCHES</source>
      <translation>标识 PATCHES 栅格中的斑块并提取其轮廓</translation>
    </message>
    <message>
      <source>%d patches.</source>
      <translation>%d 个斑块。</translation>
    </message>
    <message>
      <source>%d patch pairs within reach.</source>
      <translation>%d 个斑块对在可达范围内。</translation>
    </message>
    <message>
      <source>IIC_num %.6g, PC_num %.6g, EC(PC) %.6g.</source>
      <translation>IIC_num %.6g，PC_num %.6g，EC(PC) %.6g。</translation>
    </message>
    <message>
      <source>Layer '%s' is in a geographic CRS (%s): distances and areas would be in degrees. Reproject it to a projected CRS first.</source>
      <translation>图层“%s”使用地理坐标系（%s）：距离和面积将以度为单位。请先将其重投影到投影坐标系。</translation>
    </message>
    <message>
      <source>Connectivity needs at least two patches; '%s' has %d.</source>
      <translation>连通性至少需要两个斑块；“%s”有 %d 个。</translation>
    </message>
    <message>
      <source>Patch ids of '%s' repeat; give a unique PATCH_ID_FIELD.</source>
      <translation>“%s”的斑块 ID 有重复；请给出唯一的 PATCH_ID_FIELD。</translation>
    </message>
    <message>
      <source>Raster '%s' holds no patch (no positive label or MSPA core).</source>
      <translation>栅格“%s”中没有斑块（没有正的标识值或 MSPA 核心区）。</translation>
    </message>
    <message>
      <source>%s must be a distance &gt; 0.</source>
      <translation>%s 必须是 &gt; 0 的距离。</translation>
    </message>
    <message>
      <source>FOREGROUND needs at least one value, e.g. '2'.</source>
      <translation>FOREGROUND 至少需要一个值，例如 '2'。</translation>
    </message>
    <message>
      <source>MSPA of %d x %d pixels needs about {need:.1f} GB, but {free:.1f} GB are free; split the map into tiles with overlap or coarsen it.</source>
      <translation>%d x %d 像元的 MSPA 约需 {need:.1f} GB，但只有 {free:.1f} GB 可用；请将地图分成有重叠的分块，或粗化。</translation>
    </message>
    <message>
      <source>Read %d x %d pixels.</source>
      <translation>已读取 %d x %d 个像元。</translation>
    </message>
    <message>
      <source>Core: %d pixels (%.4g map units squared).</source>
      <translation>核心区：%d 个像元（%.4g 地图单位的平方）。</translation>
    </message>
    <message>
      <source>Burning the sources into the REFERENCE grid (OUTPUT_RASTER)</source>
      <translation>将源地烧录到 REFERENCE 栅格（OUTPUT_RASTER）</translation>
    </message>
    <message>
      <source>%d of %d patches kept.</source>
      <translation>保留了 %d 个斑块（共 %d 个）。</translation>
    </message>
    <message>
      <source>No patch passes MIN_AREA and MIN_DPC and there are no mandatory areas: lower the thresholds.</source>
      <translation>没有斑块满足 MIN_AREA 和 MIN_DPC，且没有强制纳入区域：请降低阈值。</translation>
    </message>
    <message>
      <source>%d sources (%d mandatory).</source>
      <translation>%d 个源地（%d 个强制纳入）。</translation>
    </message>
    <message>
      <source>OUTPUT_RASTER needs a REFERENCE grid (e.g. the resistance surface).</source>
      <translation>OUTPUT_RASTER 需要 REFERENCE 网格（例如阻力面）。</translation>
    </message>
    <message>
      <source>Layer '%s' is in a geographic CRS: reproject it so that areas are in map units.</source>
      <translation>图层“%s”使用地理坐标系：请将其重投影，使面积以地图单位表示。</translation>
    </message>
    <message>
      <source>dPC breaks of the levels: %s</source>
      <translation>各等级的 dPC 断点：%s</translation>
    </message>
    <message>
      <source>AREA_FIELD '%s' is not a field of layer '%s' (its fields: %s). Name the area field, or give 'area' (or nothing) to use the polygon areas.</source>
      <translation>AREA_FIELD“%s”不是图层“%s”的字段（其字段为：%s）。请指定面积字段，或填写 'area'（或留空）以使用多边形面积。</translation>
    </message>
    <message>
      <source>No field '%s': the polygon areas are used.</source>
      <translation>没有字段“%s”：将使用多边形面积。</translation>
    </message>
    <message>
      <source>%s would overwrite the input %s (%s); choose another file.</source>
      <translation>%s 将覆盖输入 %s（%s）；请选择其他文件。</translation>
    </message>
    <message>
      <source>The folder of %s does not exist: %s. Create it first or choose another place.</source>
      <translation>%s 的文件夹不存在：%s。请先创建该文件夹或选择其他位置。</translation>
    </message>
    <message>
      <source>The folder of %s cannot be written: %s (read-only or without permission). Choose another place.</source>
      <translation>%s 的文件夹无法写入：%s（只读或无权限）。请选择其他位置。</translation>
    </message>
    <message>
      <source>%s: the file %s is empty (0 bytes).</source>
      <translation>%s：文件 %s 为空（0 字节）。</translation>
    </message>
    <message>
      <source>%s: the format could not keep every field name; written: %s.</source>
      <translation>%s：该格式无法保留全部字段名；实际写入：%s。</translation>
    </message>
    <message>
      <source>%s: the Shapefile format writes a table without geometry as %s only.</source>
      <translation>%s：Shapefile 格式只能将无几何的表写为 %s。</translation>
    </message>
    <message>
      <source>%s was not written: %s does not exist.</source>
      <translation>%s 未写出：%s 不存在。</translation>
    </message>
    <message>
      <source>%s: the file %s is not UTF-8 text (byte 0x%02X on line %d cannot be read as UTF-8; it may be GBK/GB18030, Big5, Latin-1 or another legacy encoding). Re-save it as UTF-8 (in a spreadsheet: 'CSV UTF-8'), or give its encoding where the tool offers an ENCODING choice.</source>
      <translation>%s：文件 %s 不是 UTF-8 文本（字节 0x%02X，位于第 %d 行，无法按 UTF-8 读取；可能是 GBK/GB18030、Big5、Latin-1 或其他旧编码）。请另存为 UTF-8（电子表格中选择“CSV UTF-8”），或在工具提供的 ENCODING 选项中指定其编码。</translation>
    </message>
    <message>
      <source>Key areas to protect (pinch points)</source>
      <translation>生态保护关键区（夹点）</translation>
    </message>
    <message>
      <source>Key areas to restore (barriers)</source>
      <translation>生态修复关键区（障碍点）</translation>
    </message>
    <message>
      <source>Corridors by importance (centrality level)</source>
      <translation>按重要性划分的廊道（中心度等级）</translation>
    </message>
    <message>
      <source>Current between sources (Circuitscape)</source>
      <translation>源地间电流（Circuitscape）</translation>
    </message>
    <message>
      <source>Pinch points (current in corridors)</source>
      <translation>夹点（廊道内电流）</translation>
    </message>
    <message>
      <source>Barriers (improvement score)</source>
      <translation>障碍点（改善得分）</translation>
    </message>
    <message>
      <source>Barriers (% of link cost)</source>
      <translation>障碍点（占连接成本的百分比）</translation>
    </message>
    <message>
      <source>Barriers (best radius)</source>
      <translation>障碍点（最佳半径）</translation>
    </message>
    <message>
      <source>Least-cost corridors (cost width)</source>
      <translation>最小成本廊道（成本宽度）</translation>
    </message>
    <message>
      <source>Sources by dPC level</source>
      <translation>按 dPC 等级划分的源地</translation>
    </message>
    <message>
      <source>Sources by centrality level</source>
      <translation>按中心度等级划分的源地</translation>
    </message>
    <message>
      <source>Core patches by importance (dPC)</source>
      <translation>按重要性划分的核心斑块（dPC）</translation>
    </message>
    <message>
      <source>Source ids</source>
      <translation>源地 ID</translation>
    </message>
    <message>
      <source>Coordination grade (D)</source>
      <translation>协调等级（D）</translation>
    </message>
    <message>
      <source>The report could not be written.</source>
      <translation>无法写出报告。</translation>
    </message>
    <message>
      <source>Outputs without a file name go into {folder}: {names}</source>
      <translation>未指定文件名的输出写入 {folder}：{names}</translation>
    </message>
    <message>
      <source>The report needs the outputs {names}: do not skip them.</source>
      <translation>报告需要输出 {names}：请勿跳过这些输出。</translation>
    </message>
    <message>
      <source>Writing the report {path}</source>
      <translation>正在写出报告 {path}</translation>
    </message>
    <message>
      <source>QGIS project written: {path}</source>
      <translation>已写出 QGIS 工程：{path}</translation>
    </message>
    <message>
      <source>Could not write the project {path}: {error}</source>
      <translation>无法写出工程 {path}：{error}</translation>
    </message>
  </context>
</TS>
